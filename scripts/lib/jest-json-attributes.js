// A jest transform for @actions/workflow-parser's ESM build, which imports its JSON schemas without
// `with { type: 'json' }`. Node refuses that (packages/harness/src/workflow-parser.ts adds it with
// a resolve hook), jest warns and will refuse it; jest forbids module hooks, so the attribute is
// added here, to those import lines only.
export default {
  process(source) {
    return { code: source.replace(/^(import \w+ from "[^"]+\.json");$/gm, "$1 with { type: 'json' };") }
  },
}
