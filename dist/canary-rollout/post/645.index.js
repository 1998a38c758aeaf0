export const id = 645;
export const ids = [645];
export const modules = {

/***/ 8645:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MonitorClient: () => (/* reexport */ MonitorClient)
});

// UNUSED EXPORTS: AzureClouds, KnownAccessMode, KnownAccessRuleDirection, KnownAggregationTypeEnum, KnownAlertSeverity, KnownBaselineSensitivity, KnownCategoryType, KnownConditionOperator, KnownCreatedByType, KnownCriterionType, KnownDataStatus, KnownDimensionOperator, KnownDynamicThresholdOperator, KnownDynamicThresholdSensitivity, KnownIncidentManagementService, KnownIssueType, KnownKind, KnownKnownAgentSettingName, KnownKnownColumnDefinitionType, KnownKnownDataCollectionEndpointProvisioningState, KnownKnownDataCollectionEndpointResourceKind, KnownKnownDataCollectionRuleAssociationProvisioningState, KnownKnownDataCollectionRuleProvisioningState, KnownKnownDataCollectionRuleResourceKind, KnownKnownDataFlowStreams, KnownKnownEtwProviderDataSourceLogLevel, KnownKnownEtwProviderType, KnownKnownExtensionDataSourceStreams, KnownKnownLocationSpecProvisioningStatus, KnownKnownLogFileTextSettingsRecordStartTimestampFormat, KnownKnownLogFilesDataSourceFormat, KnownKnownOtelLogsDataSourceStreams, KnownKnownOtelLogsDirectDataSourceStreams, KnownKnownOtelTracesDataSourceStreams, KnownKnownOtelTracesDirectDataSourceStreams, KnownKnownPerfCounterDataSourceStreams, KnownKnownPerformanceCountersOTelDataSourceStreams, KnownKnownPrometheusForwarderDataSourceStreams, KnownKnownPublicNetworkAccessOptions, KnownKnownStorageBlobLookupType, KnownKnownSyslogDataSourceFacilityNames, KnownKnownSyslogDataSourceLogLevels, KnownKnownSyslogDataSourceStreams, KnownKnownWindowsEventLogDataSourceStreams, KnownKnownWindowsFirewallLogsDataSourceProfileFilter, KnownManagedServiceIdentityType, KnownMetricAggregationType, KnownMetricClass, KnownMetricResultType, KnownMetricUnit, KnownNamespaceClassification, KnownNetworkSecurityPerimeterConfigurationProvisioningState, KnownOdatatype, KnownOnboardingStatus, KnownOperator, KnownPrivateEndpointConnectionProvisioningState, KnownPrivateEndpointServiceConnectionStatus, KnownPrivateLinkScopeProvisioningState, KnownResourceAssociationAccessMode, KnownScaleRuleMetricDimensionOperationType, KnownScopedResourceKind, KnownScopedResourceProvisioningState, KnownSeverity, KnownTimeAggregation, RestError, isRestError, restorePoller

;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/static-helpers/cloudSettingHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * An enum to describe Azure Cloud environments.
 * @enum {string}
 */
var AzureClouds;
(function (AzureClouds) {
    /** Azure public cloud, which is the default cloud for Azure SDKs. */
    AzureClouds["AZURE_PUBLIC_CLOUD"] = "AZURE_PUBLIC_CLOUD";
    /** Azure China cloud */
    AzureClouds["AZURE_CHINA_CLOUD"] = "AZURE_CHINA_CLOUD";
    /** Azure US government cloud */
    AzureClouds["AZURE_US_GOVERNMENT"] = "AZURE_US_GOVERNMENT";
})(AzureClouds || (AzureClouds = {}));
/**
 * Gets the Azure Resource Manager endpoint URL for the specified cloud setting.
 * @param cloudSetting - The Azure cloud environment setting. Use one of the AzureClouds enum values.
 * @returns The ARM endpoint URL for the specified cloud, or undefined if cloudSetting is undefined.
 * @throws {Error} Throws an error if an unknown cloud setting is provided.
 */
function getArmEndpoint(cloudSetting) {
    if (cloudSetting === undefined) {
        return undefined;
    }
    const cloudEndpoints = {
        AZURE_CHINA_CLOUD: "https://management.chinacloudapi.cn/",
        AZURE_US_GOVERNMENT: "https://management.usgovcloudapi.net/",
        AZURE_PUBLIC_CLOUD: "https://management.azure.com/",
    };
    if (cloudSetting in cloudEndpoints) {
        return cloudEndpoints[cloudSetting];
    }
    else {
        throw new Error(`Unknown cloud setting: ${cloudSetting}. Please refer to the enum AzureClouds for possible values.`);
    }
}
//# sourceMappingURL=cloudSettingHelpers.js.map
// EXTERNAL MODULE: ./node_modules/@azure/logger/dist/esm/index.js + 1 modules
var esm = __webpack_require__(7567);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/logger.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

const logger = (0,esm/* createClientLogger */.KV)("arm-monitor");
//# sourceMappingURL=logger.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/package.json
const package_namespaceObject = {"rE":"8.0.0"};
// EXTERNAL MODULE: ./node_modules/@azure-rest/core-client/dist/esm/index.js + 11 modules
var dist_esm = __webpack_require__(3049);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/monitorContext.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function createMonitor(credential, subscriptionId, options = {}) {
    const endpointUrl = options.endpoint ?? getArmEndpoint(options.cloudSetting) ?? "https://management.azure.com";
    const prefixFromOptions = options?.userAgentOptions?.userAgentPrefix;
    const userAgentInfo = `azsdk-js-arm-monitor/${package_namespaceObject.rE}`;
    const userAgentPrefix = prefixFromOptions
        ? `${prefixFromOptions} ${userAgentInfo}`
        : `${userAgentInfo}`;
    const { apiVersion: _, ...updatedOptions } = {
        ...options,
        userAgentOptions: { userAgentPrefix },
        loggingOptions: { logger: options.loggingOptions?.logger ?? logger.info },
        credentials: {
            scopes: options.credentials?.scopes ?? ["https://management.azure.com/.default"],
        },
    };
    const clientContext = (0,dist_esm/* getClient */.KU)(endpointUrl, credential, updatedOptions);
    if (options.apiVersion) {
        logger.warning("This client does not support client api-version, please change it at the operation level");
    }
    return { ...clientContext, subscriptionId };
}
//# sourceMappingURL=monitorContext.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/static-helpers/serialization/check-prop-undefined.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Returns true if all specified properties of the item are undefined.
 * @param item The object to check.
 * @param properties The list of property names to check on the item.
 * @returns True if all specified properties are undefined, otherwise false.
 */
function areAllPropsUndefined(item, properties) {
    for (const property of properties) {
        if (item[property] !== undefined) {
            return false;
        }
    }
    return true;
}
//# sourceMappingURL=check-prop-undefined.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/models/dataCollectionApi/models.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/*
 * This file contains only generated model types and their (de)serializers.
 * Disable the following rules for internal models with '_' prefix and deserializers which require 'any' for raw JSON input.
 */
/* eslint-disable @typescript-eslint/naming-convention */
/* eslint-disable @typescript-eslint/explicit-module-boundary-types */


function dataCollectionEndpointResourceSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: areAllPropsUndefined(item, [
            "description",
            "immutableId",
            "configurationAccess",
            "logsIngestion",
            "metricsIngestion",
            "networkAcls",
        ])
            ? undefined
            : _dataCollectionEndpointResourcePropertiesSerializer(item),
        kind: item["kind"],
        sku: !item["sku"] ? item["sku"] : dataCollectionEndpointResourceSkuSerializer(item["sku"]),
        identity: !item["identity"]
            ? item["identity"]
            : dataCollectionEndpointResourceIdentitySerializer(item["identity"]),
    };
}
function dataCollectionEndpointResourceDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _dataCollectionEndpointResourcePropertiesDeserializer(item["properties"])),
        kind: item["kind"],
        sku: !item["sku"] ? item["sku"] : dataCollectionEndpointResourceSkuDeserializer(item["sku"]),
        identity: !item["identity"]
            ? item["identity"]
            : dataCollectionEndpointResourceIdentityDeserializer(item["identity"]),
        etag: item["etag"],
    };
}
function dataCollectionEndpointResourcePropertiesSerializer(item) {
    return {
        description: item["description"],
        immutableId: item["immutableId"],
        configurationAccess: !item["configurationAccess"]
            ? item["configurationAccess"]
            : dataCollectionEndpointConfigurationAccessSerializer(item["configurationAccess"]),
        logsIngestion: !item["logsIngestion"]
            ? item["logsIngestion"]
            : dataCollectionEndpointLogsIngestionSerializer(item["logsIngestion"]),
        metricsIngestion: !item["metricsIngestion"]
            ? item["metricsIngestion"]
            : dataCollectionEndpointMetricsIngestionSerializer(item["metricsIngestion"]),
        networkAcls: !item["networkAcls"]
            ? item["networkAcls"]
            : dataCollectionEndpointNetworkAclsSerializer(item["networkAcls"]),
    };
}
function dataCollectionEndpointResourcePropertiesDeserializer(item) {
    return {
        description: item["description"],
        immutableId: item["immutableId"],
        configurationAccess: !item["configurationAccess"]
            ? item["configurationAccess"]
            : dataCollectionEndpointConfigurationAccessDeserializer(item["configurationAccess"]),
        logsIngestion: !item["logsIngestion"]
            ? item["logsIngestion"]
            : dataCollectionEndpointLogsIngestionDeserializer(item["logsIngestion"]),
        metricsIngestion: !item["metricsIngestion"]
            ? item["metricsIngestion"]
            : dataCollectionEndpointMetricsIngestionDeserializer(item["metricsIngestion"]),
        networkAcls: !item["networkAcls"]
            ? item["networkAcls"]
            : dataCollectionEndpointNetworkAclsDeserializer(item["networkAcls"]),
        provisioningState: item["provisioningState"],
        privateLinkScopedResources: !item["privateLinkScopedResources"]
            ? item["privateLinkScopedResources"]
            : privateLinkScopedResourceArrayDeserializer(item["privateLinkScopedResources"]),
        failoverConfiguration: !item["failoverConfiguration"]
            ? item["failoverConfiguration"]
            : dataCollectionEndpointFailoverConfigurationDeserializer(item["failoverConfiguration"]),
        metadata: !item["metadata"]
            ? item["metadata"]
            : dataCollectionEndpointMetadataDeserializer(item["metadata"]),
    };
}
/** The kind of the resource. */
var KnownKnownDataCollectionEndpointResourceKind;
(function (KnownKnownDataCollectionEndpointResourceKind) {
    /** Linux */
    KnownKnownDataCollectionEndpointResourceKind["Linux"] = "Linux";
    /** Windows */
    KnownKnownDataCollectionEndpointResourceKind["Windows"] = "Windows";
})(KnownKnownDataCollectionEndpointResourceKind || (KnownKnownDataCollectionEndpointResourceKind = {}));
function dataCollectionEndpointResourceSkuSerializer(item) {
    return {
        name: item["name"],
        tier: item["tier"],
        size: item["size"],
        family: item["family"],
        capacity: item["capacity"],
    };
}
function dataCollectionEndpointResourceSkuDeserializer(item) {
    return {
        name: item["name"],
        tier: item["tier"],
        size: item["size"],
        family: item["family"],
        capacity: item["capacity"],
    };
}
function dataCollectionEndpointResourceIdentitySerializer(item) {
    return { type: item["type"], userAssignedIdentities: item["userAssignedIdentities"] };
}
function dataCollectionEndpointResourceIdentityDeserializer(item) {
    return {
        principalId: item["principalId"],
        tenantId: item["tenantId"],
        type: item["type"],
        userAssignedIdentities: !item["userAssignedIdentities"]
            ? item["userAssignedIdentities"]
            : Object.fromEntries(Object.entries(item["userAssignedIdentities"]).map(([k, p]) => [
                k,
                !p ? p : userAssignedIdentityDeserializer(p),
            ])),
    };
}
function dataCollectionEndpointSerializer(item) {
    return {
        description: item["description"],
        immutableId: item["immutableId"],
        configurationAccess: !item["configurationAccess"]
            ? item["configurationAccess"]
            : dataCollectionEndpointConfigurationAccessSerializer(item["configurationAccess"]),
        logsIngestion: !item["logsIngestion"]
            ? item["logsIngestion"]
            : dataCollectionEndpointLogsIngestionSerializer(item["logsIngestion"]),
        metricsIngestion: !item["metricsIngestion"]
            ? item["metricsIngestion"]
            : dataCollectionEndpointMetricsIngestionSerializer(item["metricsIngestion"]),
        networkAcls: !item["networkAcls"]
            ? item["networkAcls"]
            : dataCollectionEndpointNetworkAclsSerializer(item["networkAcls"]),
    };
}
function dataCollectionEndpointDeserializer(item) {
    return {
        description: item["description"],
        immutableId: item["immutableId"],
        configurationAccess: !item["configurationAccess"]
            ? item["configurationAccess"]
            : dataCollectionEndpointConfigurationAccessDeserializer(item["configurationAccess"]),
        logsIngestion: !item["logsIngestion"]
            ? item["logsIngestion"]
            : dataCollectionEndpointLogsIngestionDeserializer(item["logsIngestion"]),
        metricsIngestion: !item["metricsIngestion"]
            ? item["metricsIngestion"]
            : dataCollectionEndpointMetricsIngestionDeserializer(item["metricsIngestion"]),
        networkAcls: !item["networkAcls"]
            ? item["networkAcls"]
            : dataCollectionEndpointNetworkAclsDeserializer(item["networkAcls"]),
        provisioningState: item["provisioningState"],
        privateLinkScopedResources: !item["privateLinkScopedResources"]
            ? item["privateLinkScopedResources"]
            : privateLinkScopedResourceArrayDeserializer(item["privateLinkScopedResources"]),
        failoverConfiguration: !item["failoverConfiguration"]
            ? item["failoverConfiguration"]
            : dataCollectionEndpointFailoverConfigurationDeserializer(item["failoverConfiguration"]),
        metadata: !item["metadata"]
            ? item["metadata"]
            : dataCollectionEndpointMetadataDeserializer(item["metadata"]),
    };
}
function dataCollectionEndpointConfigurationAccessSerializer(_item) {
    return {};
}
function dataCollectionEndpointConfigurationAccessDeserializer(item) {
    return {
        endpoint: item["endpoint"],
    };
}
function dataCollectionEndpointLogsIngestionSerializer(_item) {
    return {};
}
function dataCollectionEndpointLogsIngestionDeserializer(item) {
    return {
        endpoint: item["endpoint"],
    };
}
function dataCollectionEndpointMetricsIngestionSerializer(_item) {
    return {};
}
function dataCollectionEndpointMetricsIngestionDeserializer(item) {
    return {
        endpoint: item["endpoint"],
    };
}
function dataCollectionEndpointNetworkAclsSerializer(item) {
    return { publicNetworkAccess: item["publicNetworkAccess"] };
}
function dataCollectionEndpointNetworkAclsDeserializer(item) {
    return {
        publicNetworkAccess: item["publicNetworkAccess"],
    };
}
/** The resource provisioning state. This property is READ-ONLY. */
var KnownKnownDataCollectionEndpointProvisioningState;
(function (KnownKnownDataCollectionEndpointProvisioningState) {
    /** Creating */
    KnownKnownDataCollectionEndpointProvisioningState["Creating"] = "Creating";
    /** Updating */
    KnownKnownDataCollectionEndpointProvisioningState["Updating"] = "Updating";
    /** Deleting */
    KnownKnownDataCollectionEndpointProvisioningState["Deleting"] = "Deleting";
    /** Succeeded */
    KnownKnownDataCollectionEndpointProvisioningState["Succeeded"] = "Succeeded";
    /** Canceled */
    KnownKnownDataCollectionEndpointProvisioningState["Canceled"] = "Canceled";
    /** Failed */
    KnownKnownDataCollectionEndpointProvisioningState["Failed"] = "Failed";
})(KnownKnownDataCollectionEndpointProvisioningState || (KnownKnownDataCollectionEndpointProvisioningState = {}));
function privateLinkScopedResourceArrayDeserializer(result) {
    return result.map((item) => {
        return privateLinkScopedResourceDeserializer(item);
    });
}
function privateLinkScopedResourceDeserializer(item) {
    return {
        resourceId: item["resourceId"],
        scopeId: item["scopeId"],
    };
}
function dataCollectionEndpointFailoverConfigurationDeserializer(item) {
    return {
        activeLocation: item["activeLocation"],
        locations: !item["locations"]
            ? item["locations"]
            : locationSpecArrayDeserializer(item["locations"]),
    };
}
function dataCollectionEndpointMetadataDeserializer(item) {
    return {
        provisionedBy: item["provisionedBy"],
        provisionedByResourceId: item["provisionedByResourceId"],
        provisionedByImmutableId: item["provisionedByImmutableId"],
    };
}
function configurationAccessEndpointSpecSerializer(_item) {
    return {};
}
function configurationAccessEndpointSpecDeserializer(item) {
    return {
        endpoint: item["endpoint"],
    };
}
function logsIngestionEndpointSpecSerializer(_item) {
    return {};
}
function logsIngestionEndpointSpecDeserializer(item) {
    return {
        endpoint: item["endpoint"],
    };
}
function metricsIngestionEndpointSpecSerializer(_item) {
    return {};
}
function metricsIngestionEndpointSpecDeserializer(item) {
    return {
        endpoint: item["endpoint"],
    };
}
function networkRuleSetSerializer(item) {
    return { publicNetworkAccess: item["publicNetworkAccess"] };
}
function networkRuleSetDeserializer(item) {
    return {
        publicNetworkAccess: item["publicNetworkAccess"],
    };
}
/** The configuration to set whether network access from public internet to the endpoints are allowed. */
var KnownKnownPublicNetworkAccessOptions;
(function (KnownKnownPublicNetworkAccessOptions) {
    /** Enabled */
    KnownKnownPublicNetworkAccessOptions["Enabled"] = "Enabled";
    /** Disabled */
    KnownKnownPublicNetworkAccessOptions["Disabled"] = "Disabled";
    /** SecuredByPerimeter */
    KnownKnownPublicNetworkAccessOptions["SecuredByPerimeter"] = "SecuredByPerimeter";
})(KnownKnownPublicNetworkAccessOptions || (KnownKnownPublicNetworkAccessOptions = {}));
function failoverConfigurationSpecDeserializer(item) {
    return {
        activeLocation: item["activeLocation"],
        locations: !item["locations"]
            ? item["locations"]
            : locationSpecArrayDeserializer(item["locations"]),
    };
}
function locationSpecArrayDeserializer(result) {
    return result.map((item) => {
        return locationSpecDeserializer(item);
    });
}
function locationSpecDeserializer(item) {
    return {
        location: item["location"],
        provisioningStatus: item["provisioningStatus"],
    };
}
/** The resource provisioning state in this location. */
var KnownKnownLocationSpecProvisioningStatus;
(function (KnownKnownLocationSpecProvisioningStatus) {
    /** Creating */
    KnownKnownLocationSpecProvisioningStatus["Creating"] = "Creating";
    /** Updating */
    KnownKnownLocationSpecProvisioningStatus["Updating"] = "Updating";
    /** Deleting */
    KnownKnownLocationSpecProvisioningStatus["Deleting"] = "Deleting";
    /** Succeeded */
    KnownKnownLocationSpecProvisioningStatus["Succeeded"] = "Succeeded";
    /** Canceled */
    KnownKnownLocationSpecProvisioningStatus["Canceled"] = "Canceled";
    /** Failed */
    KnownKnownLocationSpecProvisioningStatus["Failed"] = "Failed";
})(KnownKnownLocationSpecProvisioningStatus || (KnownKnownLocationSpecProvisioningStatus = {}));
function metadataDeserializer(item) {
    return {
        provisionedBy: item["provisionedBy"],
        provisionedByResourceId: item["provisionedByResourceId"],
        provisionedByImmutableId: item["provisionedByImmutableId"],
    };
}
function errorResponseCommonV2Deserializer(item) {
    return {
        error: !item["error"] ? item["error"] : armErrorDetailDeserializer(item["error"]),
    };
}
function resourceForUpdateSerializer(item) {
    return {
        tags: item["tags"],
        identity: !item["identity"]
            ? item["identity"]
            : resourceForUpdateIdentitySerializer(item["identity"]),
    };
}
function resourceForUpdateIdentitySerializer(item) {
    return { type: item["type"], userAssignedIdentities: item["userAssignedIdentities"] };
}
function dataCollectionEndpointResourceArraySerializer(result) {
    return result.map((item) => {
        return dataCollectionEndpointResourceSerializer(item);
    });
}
function dataCollectionEndpointResourceArrayDeserializer(result) {
    return result.map((item) => {
        return dataCollectionEndpointResourceDeserializer(item);
    });
}
function dataCollectionRuleAssociationProxyOnlyResourceArraySerializer(result) {
    return result.map((item) => {
        return dataCollectionRuleAssociationProxyOnlyResourceSerializer(item);
    });
}
function dataCollectionRuleAssociationProxyOnlyResourceArrayDeserializer(result) {
    return result.map((item) => {
        return dataCollectionRuleAssociationProxyOnlyResourceDeserializer(item);
    });
}
function dataCollectionRuleAssociationProxyOnlyResourceSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, [
            "description",
            "dataCollectionRuleId",
            "dataCollectionEndpointId",
        ])
            ? undefined
            : _dataCollectionRuleAssociationProxyOnlyResourcePropertiesSerializer(item),
    };
}
function dataCollectionRuleAssociationProxyOnlyResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _dataCollectionRuleAssociationProxyOnlyResourcePropertiesDeserializer(item["properties"])),
        etag: item["etag"],
    };
}
function dataCollectionRuleAssociationProxyOnlyResourcePropertiesSerializer(item) {
    return {
        description: item["description"],
        dataCollectionRuleId: item["dataCollectionRuleId"],
        dataCollectionEndpointId: item["dataCollectionEndpointId"],
    };
}
function dataCollectionRuleAssociationProxyOnlyResourcePropertiesDeserializer(item) {
    return {
        description: item["description"],
        dataCollectionRuleId: item["dataCollectionRuleId"],
        dataCollectionEndpointId: item["dataCollectionEndpointId"],
        provisioningState: item["provisioningState"],
        metadata: !item["metadata"]
            ? item["metadata"]
            : dataCollectionRuleAssociationMetadataDeserializer(item["metadata"]),
    };
}
function dataCollectionRuleAssociationSerializer(item) {
    return {
        description: item["description"],
        dataCollectionRuleId: item["dataCollectionRuleId"],
        dataCollectionEndpointId: item["dataCollectionEndpointId"],
    };
}
function dataCollectionRuleAssociationDeserializer(item) {
    return {
        description: item["description"],
        dataCollectionRuleId: item["dataCollectionRuleId"],
        dataCollectionEndpointId: item["dataCollectionEndpointId"],
        provisioningState: item["provisioningState"],
        metadata: !item["metadata"]
            ? item["metadata"]
            : dataCollectionRuleAssociationMetadataDeserializer(item["metadata"]),
    };
}
/** The resource provisioning state. */
var KnownKnownDataCollectionRuleAssociationProvisioningState;
(function (KnownKnownDataCollectionRuleAssociationProvisioningState) {
    /** Creating */
    KnownKnownDataCollectionRuleAssociationProvisioningState["Creating"] = "Creating";
    /** Updating */
    KnownKnownDataCollectionRuleAssociationProvisioningState["Updating"] = "Updating";
    /** Deleting */
    KnownKnownDataCollectionRuleAssociationProvisioningState["Deleting"] = "Deleting";
    /** Succeeded */
    KnownKnownDataCollectionRuleAssociationProvisioningState["Succeeded"] = "Succeeded";
    /** Canceled */
    KnownKnownDataCollectionRuleAssociationProvisioningState["Canceled"] = "Canceled";
    /** Failed */
    KnownKnownDataCollectionRuleAssociationProvisioningState["Failed"] = "Failed";
})(KnownKnownDataCollectionRuleAssociationProvisioningState || (KnownKnownDataCollectionRuleAssociationProvisioningState = {}));
function dataCollectionRuleAssociationMetadataDeserializer(item) {
    return {
        provisionedBy: item["provisionedBy"],
        provisionedByResourceId: item["provisionedByResourceId"],
        provisionedByImmutableId: item["provisionedByImmutableId"],
    };
}
function dataCollectionRuleResourceSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: areAllPropsUndefined(item, [
            "description",
            "dataCollectionEndpointId",
            "references",
            "agentSettings",
            "streamDeclarations",
            "dataSources",
            "directDataSources",
            "destinations",
            "dataFlows",
        ])
            ? undefined
            : _dataCollectionRuleResourcePropertiesSerializer(item),
        kind: item["kind"],
        sku: !item["sku"] ? item["sku"] : dataCollectionRuleResourceSkuSerializer(item["sku"]),
        identity: !item["identity"]
            ? item["identity"]
            : dataCollectionRuleResourceIdentitySerializer(item["identity"]),
    };
}
function dataCollectionRuleResourceDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _dataCollectionRuleResourcePropertiesDeserializer(item["properties"])),
        kind: item["kind"],
        sku: !item["sku"] ? item["sku"] : dataCollectionRuleResourceSkuDeserializer(item["sku"]),
        identity: !item["identity"]
            ? item["identity"]
            : dataCollectionRuleResourceIdentityDeserializer(item["identity"]),
        etag: item["etag"],
    };
}
function dataCollectionRuleResourcePropertiesSerializer(item) {
    return {
        description: item["description"],
        dataCollectionEndpointId: item["dataCollectionEndpointId"],
        references: !item["references"]
            ? item["references"]
            : dataCollectionRuleReferencesSerializer(item["references"]),
        agentSettings: !item["agentSettings"]
            ? item["agentSettings"]
            : dataCollectionRuleAgentSettingsSerializer(item["agentSettings"]),
        streamDeclarations: !item["streamDeclarations"]
            ? item["streamDeclarations"]
            : streamDeclarationRecordSerializer(item["streamDeclarations"]),
        dataSources: !item["dataSources"]
            ? item["dataSources"]
            : dataCollectionRuleDataSourcesSerializer(item["dataSources"]),
        directDataSources: !item["directDataSources"]
            ? item["directDataSources"]
            : dataCollectionRuleDirectDataSourcesSerializer(item["directDataSources"]),
        destinations: !item["destinations"]
            ? item["destinations"]
            : dataCollectionRuleDestinationsSerializer(item["destinations"]),
        dataFlows: !item["dataFlows"] ? item["dataFlows"] : dataFlowArraySerializer(item["dataFlows"]),
    };
}
function dataCollectionRuleResourcePropertiesDeserializer(item) {
    return {
        description: item["description"],
        immutableId: item["immutableId"],
        dataCollectionEndpointId: item["dataCollectionEndpointId"],
        metadata: !item["metadata"]
            ? item["metadata"]
            : dataCollectionRuleMetadataDeserializer(item["metadata"]),
        endpoints: !item["endpoints"]
            ? item["endpoints"]
            : dataCollectionRuleEndpointsDeserializer(item["endpoints"]),
        references: !item["references"]
            ? item["references"]
            : dataCollectionRuleReferencesDeserializer(item["references"]),
        agentSettings: !item["agentSettings"]
            ? item["agentSettings"]
            : dataCollectionRuleAgentSettingsDeserializer(item["agentSettings"]),
        streamDeclarations: !item["streamDeclarations"]
            ? item["streamDeclarations"]
            : streamDeclarationRecordDeserializer(item["streamDeclarations"]),
        dataSources: !item["dataSources"]
            ? item["dataSources"]
            : dataCollectionRuleDataSourcesDeserializer(item["dataSources"]),
        directDataSources: !item["directDataSources"]
            ? item["directDataSources"]
            : dataCollectionRuleDirectDataSourcesDeserializer(item["directDataSources"]),
        destinations: !item["destinations"]
            ? item["destinations"]
            : dataCollectionRuleDestinationsDeserializer(item["destinations"]),
        dataFlows: !item["dataFlows"]
            ? item["dataFlows"]
            : dataFlowArrayDeserializer(item["dataFlows"]),
        ingestionQuotas: !item["ingestionQuotas"]
            ? item["ingestionQuotas"]
            : dataCollectionRuleIngestionQuotasDeserializer(item["ingestionQuotas"]),
        provisioningState: item["provisioningState"],
    };
}
/** The kind of the resource. */
var KnownKnownDataCollectionRuleResourceKind;
(function (KnownKnownDataCollectionRuleResourceKind) {
    /** Linux */
    KnownKnownDataCollectionRuleResourceKind["Linux"] = "Linux";
    /** Windows */
    KnownKnownDataCollectionRuleResourceKind["Windows"] = "Windows";
})(KnownKnownDataCollectionRuleResourceKind || (KnownKnownDataCollectionRuleResourceKind = {}));
function dataCollectionRuleResourceSkuSerializer(item) {
    return {
        name: item["name"],
        tier: item["tier"],
        size: item["size"],
        family: item["family"],
        capacity: item["capacity"],
    };
}
function dataCollectionRuleResourceSkuDeserializer(item) {
    return {
        name: item["name"],
        tier: item["tier"],
        size: item["size"],
        family: item["family"],
        capacity: item["capacity"],
    };
}
function dataCollectionRuleResourceIdentitySerializer(item) {
    return { type: item["type"], userAssignedIdentities: item["userAssignedIdentities"] };
}
function dataCollectionRuleResourceIdentityDeserializer(item) {
    return {
        principalId: item["principalId"],
        tenantId: item["tenantId"],
        type: item["type"],
        userAssignedIdentities: !item["userAssignedIdentities"]
            ? item["userAssignedIdentities"]
            : Object.fromEntries(Object.entries(item["userAssignedIdentities"]).map(([k, p]) => [
                k,
                !p ? p : userAssignedIdentityDeserializer(p),
            ])),
    };
}
function dataCollectionRuleSerializer(item) {
    return {
        description: item["description"],
        dataCollectionEndpointId: item["dataCollectionEndpointId"],
        references: !item["references"]
            ? item["references"]
            : dataCollectionRuleReferencesSerializer(item["references"]),
        agentSettings: !item["agentSettings"]
            ? item["agentSettings"]
            : dataCollectionRuleAgentSettingsSerializer(item["agentSettings"]),
        streamDeclarations: !item["streamDeclarations"]
            ? item["streamDeclarations"]
            : streamDeclarationRecordSerializer(item["streamDeclarations"]),
        dataSources: !item["dataSources"]
            ? item["dataSources"]
            : dataCollectionRuleDataSourcesSerializer(item["dataSources"]),
        directDataSources: !item["directDataSources"]
            ? item["directDataSources"]
            : dataCollectionRuleDirectDataSourcesSerializer(item["directDataSources"]),
        destinations: !item["destinations"]
            ? item["destinations"]
            : dataCollectionRuleDestinationsSerializer(item["destinations"]),
        dataFlows: !item["dataFlows"] ? item["dataFlows"] : dataFlowArraySerializer(item["dataFlows"]),
    };
}
function dataCollectionRuleDeserializer(item) {
    return {
        description: item["description"],
        immutableId: item["immutableId"],
        dataCollectionEndpointId: item["dataCollectionEndpointId"],
        metadata: !item["metadata"]
            ? item["metadata"]
            : dataCollectionRuleMetadataDeserializer(item["metadata"]),
        endpoints: !item["endpoints"]
            ? item["endpoints"]
            : dataCollectionRuleEndpointsDeserializer(item["endpoints"]),
        references: !item["references"]
            ? item["references"]
            : dataCollectionRuleReferencesDeserializer(item["references"]),
        agentSettings: !item["agentSettings"]
            ? item["agentSettings"]
            : dataCollectionRuleAgentSettingsDeserializer(item["agentSettings"]),
        streamDeclarations: !item["streamDeclarations"]
            ? item["streamDeclarations"]
            : streamDeclarationRecordDeserializer(item["streamDeclarations"]),
        dataSources: !item["dataSources"]
            ? item["dataSources"]
            : dataCollectionRuleDataSourcesDeserializer(item["dataSources"]),
        directDataSources: !item["directDataSources"]
            ? item["directDataSources"]
            : dataCollectionRuleDirectDataSourcesDeserializer(item["directDataSources"]),
        destinations: !item["destinations"]
            ? item["destinations"]
            : dataCollectionRuleDestinationsDeserializer(item["destinations"]),
        dataFlows: !item["dataFlows"]
            ? item["dataFlows"]
            : dataFlowArrayDeserializer(item["dataFlows"]),
        ingestionQuotas: !item["ingestionQuotas"]
            ? item["ingestionQuotas"]
            : dataCollectionRuleIngestionQuotasDeserializer(item["ingestionQuotas"]),
        provisioningState: item["provisioningState"],
    };
}
function dataCollectionRuleMetadataDeserializer(item) {
    return {
        provisionedBy: item["provisionedBy"],
        provisionedByResourceId: item["provisionedByResourceId"],
        provisionedByImmutableId: item["provisionedByImmutableId"],
    };
}
function dataCollectionRuleEndpointsDeserializer(item) {
    return {
        logsIngestion: item["logsIngestion"],
        metricsIngestion: item["metricsIngestion"],
    };
}
function dataCollectionRuleReferencesSerializer(item) {
    return {
        enrichmentData: !item["enrichmentData"]
            ? item["enrichmentData"]
            : referencesSpecEnrichmentDataSerializer(item["enrichmentData"]),
        applicationInsights: !item["applicationInsights"]
            ? item["applicationInsights"]
            : applicationInsightsArraySerializer(item["applicationInsights"]),
    };
}
function dataCollectionRuleReferencesDeserializer(item) {
    return {
        enrichmentData: !item["enrichmentData"]
            ? item["enrichmentData"]
            : referencesSpecEnrichmentDataDeserializer(item["enrichmentData"]),
        applicationInsights: !item["applicationInsights"]
            ? item["applicationInsights"]
            : applicationInsightsArrayDeserializer(item["applicationInsights"]),
    };
}
function dataCollectionRuleAgentSettingsSerializer(item) {
    return { logs: !item["logs"] ? item["logs"] : agentSettingArraySerializer(item["logs"]) };
}
function dataCollectionRuleAgentSettingsDeserializer(item) {
    return {
        logs: !item["logs"] ? item["logs"] : agentSettingArrayDeserializer(item["logs"]),
    };
}
function streamDeclarationRecordSerializer(item) {
    const result = {};
    Object.keys(item).map((key) => {
        result[key] = !item[key] ? item[key] : streamDeclarationSerializer(item[key]);
    });
    return result;
}
function streamDeclarationRecordDeserializer(item) {
    const result = {};
    Object.keys(item).map((key) => {
        result[key] = !item[key] ? item[key] : streamDeclarationDeserializer(item[key]);
    });
    return result;
}
function streamDeclarationSerializer(item) {
    return {
        columns: !item["columns"] ? item["columns"] : columnDefinitionArraySerializer(item["columns"]),
    };
}
function streamDeclarationDeserializer(item) {
    return {
        columns: !item["columns"]
            ? item["columns"]
            : columnDefinitionArrayDeserializer(item["columns"]),
    };
}
function columnDefinitionArraySerializer(result) {
    return result.map((item) => {
        return columnDefinitionSerializer(item);
    });
}
function columnDefinitionArrayDeserializer(result) {
    return result.map((item) => {
        return columnDefinitionDeserializer(item);
    });
}
function columnDefinitionSerializer(item) {
    return { name: item["name"], type: item["type"] };
}
function columnDefinitionDeserializer(item) {
    return {
        name: item["name"],
        type: item["type"],
    };
}
/** The type of the column data. */
var KnownKnownColumnDefinitionType;
(function (KnownKnownColumnDefinitionType) {
    /** string */
    KnownKnownColumnDefinitionType["String"] = "string";
    /** int */
    KnownKnownColumnDefinitionType["Int"] = "int";
    /** long */
    KnownKnownColumnDefinitionType["Long"] = "long";
    /** real */
    KnownKnownColumnDefinitionType["Real"] = "real";
    /** boolean */
    KnownKnownColumnDefinitionType["Boolean"] = "boolean";
    /** datetime */
    KnownKnownColumnDefinitionType["Datetime"] = "datetime";
    /** dynamic */
    KnownKnownColumnDefinitionType["Dynamic"] = "dynamic";
})(KnownKnownColumnDefinitionType || (KnownKnownColumnDefinitionType = {}));
function dataCollectionRuleDataSourcesSerializer(item) {
    return {
        performanceCounters: !item["performanceCounters"]
            ? item["performanceCounters"]
            : perfCounterDataSourceArraySerializer(item["performanceCounters"]),
        performanceCountersOTel: !item["performanceCountersOTel"]
            ? item["performanceCountersOTel"]
            : performanceCountersOTelDataSourceArraySerializer(item["performanceCountersOTel"]),
        windowsEventLogs: !item["windowsEventLogs"]
            ? item["windowsEventLogs"]
            : windowsEventLogDataSourceArraySerializer(item["windowsEventLogs"]),
        syslog: !item["syslog"] ? item["syslog"] : syslogDataSourceArraySerializer(item["syslog"]),
        extensions: !item["extensions"]
            ? item["extensions"]
            : extensionDataSourceArraySerializer(item["extensions"]),
        logFiles: !item["logFiles"]
            ? item["logFiles"]
            : logFilesDataSourceArraySerializer(item["logFiles"]),
        iisLogs: !item["iisLogs"] ? item["iisLogs"] : iisLogsDataSourceArraySerializer(item["iisLogs"]),
        windowsFirewallLogs: !item["windowsFirewallLogs"]
            ? item["windowsFirewallLogs"]
            : windowsFirewallLogsDataSourceArraySerializer(item["windowsFirewallLogs"]),
        prometheusForwarder: !item["prometheusForwarder"]
            ? item["prometheusForwarder"]
            : prometheusForwarderDataSourceArraySerializer(item["prometheusForwarder"]),
        platformTelemetry: !item["platformTelemetry"]
            ? item["platformTelemetry"]
            : platformTelemetryDataSourceArraySerializer(item["platformTelemetry"]),
        dataImports: !item["dataImports"]
            ? item["dataImports"]
            : dataSourcesSpecDataImportsSerializer(item["dataImports"]),
        otelLogs: !item["otelLogs"]
            ? item["otelLogs"]
            : otelLogsDataSourceArraySerializer(item["otelLogs"]),
        otelTraces: !item["otelTraces"]
            ? item["otelTraces"]
            : otelTracesDataSourceArraySerializer(item["otelTraces"]),
        otelMetrics: !item["otelMetrics"]
            ? item["otelMetrics"]
            : otelMetricsDataSourceArraySerializer(item["otelMetrics"]),
        etwProviders: !item["etwProviders"]
            ? item["etwProviders"]
            : etwProviderDataSourceArraySerializer(item["etwProviders"]),
    };
}
function dataCollectionRuleDataSourcesDeserializer(item) {
    return {
        performanceCounters: !item["performanceCounters"]
            ? item["performanceCounters"]
            : perfCounterDataSourceArrayDeserializer(item["performanceCounters"]),
        performanceCountersOTel: !item["performanceCountersOTel"]
            ? item["performanceCountersOTel"]
            : performanceCountersOTelDataSourceArrayDeserializer(item["performanceCountersOTel"]),
        windowsEventLogs: !item["windowsEventLogs"]
            ? item["windowsEventLogs"]
            : windowsEventLogDataSourceArrayDeserializer(item["windowsEventLogs"]),
        syslog: !item["syslog"] ? item["syslog"] : syslogDataSourceArrayDeserializer(item["syslog"]),
        extensions: !item["extensions"]
            ? item["extensions"]
            : extensionDataSourceArrayDeserializer(item["extensions"]),
        logFiles: !item["logFiles"]
            ? item["logFiles"]
            : logFilesDataSourceArrayDeserializer(item["logFiles"]),
        iisLogs: !item["iisLogs"]
            ? item["iisLogs"]
            : iisLogsDataSourceArrayDeserializer(item["iisLogs"]),
        windowsFirewallLogs: !item["windowsFirewallLogs"]
            ? item["windowsFirewallLogs"]
            : windowsFirewallLogsDataSourceArrayDeserializer(item["windowsFirewallLogs"]),
        prometheusForwarder: !item["prometheusForwarder"]
            ? item["prometheusForwarder"]
            : prometheusForwarderDataSourceArrayDeserializer(item["prometheusForwarder"]),
        platformTelemetry: !item["platformTelemetry"]
            ? item["platformTelemetry"]
            : platformTelemetryDataSourceArrayDeserializer(item["platformTelemetry"]),
        dataImports: !item["dataImports"]
            ? item["dataImports"]
            : dataSourcesSpecDataImportsDeserializer(item["dataImports"]),
        otelLogs: !item["otelLogs"]
            ? item["otelLogs"]
            : otelLogsDataSourceArrayDeserializer(item["otelLogs"]),
        otelTraces: !item["otelTraces"]
            ? item["otelTraces"]
            : otelTracesDataSourceArrayDeserializer(item["otelTraces"]),
        otelMetrics: !item["otelMetrics"]
            ? item["otelMetrics"]
            : otelMetricsDataSourceArrayDeserializer(item["otelMetrics"]),
        etwProviders: !item["etwProviders"]
            ? item["etwProviders"]
            : etwProviderDataSourceArrayDeserializer(item["etwProviders"]),
    };
}
function dataCollectionRuleDirectDataSourcesSerializer(item) {
    return {
        otelMetrics: !item["otelMetrics"]
            ? item["otelMetrics"]
            : otelMetricsDirectDataSourceArraySerializer(item["otelMetrics"]),
        otelLogs: !item["otelLogs"]
            ? item["otelLogs"]
            : otelLogsDirectDataSourceArraySerializer(item["otelLogs"]),
        otelTraces: !item["otelTraces"]
            ? item["otelTraces"]
            : otelTracesDirectDataSourceArraySerializer(item["otelTraces"]),
    };
}
function dataCollectionRuleDirectDataSourcesDeserializer(item) {
    return {
        otelMetrics: !item["otelMetrics"]
            ? item["otelMetrics"]
            : otelMetricsDirectDataSourceArrayDeserializer(item["otelMetrics"]),
        otelLogs: !item["otelLogs"]
            ? item["otelLogs"]
            : otelLogsDirectDataSourceArrayDeserializer(item["otelLogs"]),
        otelTraces: !item["otelTraces"]
            ? item["otelTraces"]
            : otelTracesDirectDataSourceArrayDeserializer(item["otelTraces"]),
    };
}
function dataCollectionRuleDestinationsSerializer(item) {
    return {
        logAnalytics: !item["logAnalytics"]
            ? item["logAnalytics"]
            : logAnalyticsDestinationArraySerializer(item["logAnalytics"]),
        monitoringAccounts: !item["monitoringAccounts"]
            ? item["monitoringAccounts"]
            : monitoringAccountDestinationArraySerializer(item["monitoringAccounts"]),
        azureMonitorMetrics: !item["azureMonitorMetrics"]
            ? item["azureMonitorMetrics"]
            : destinationsSpecAzureMonitorMetricsSerializer(item["azureMonitorMetrics"]),
        eventHubs: !item["eventHubs"]
            ? item["eventHubs"]
            : eventHubDestinationArraySerializer(item["eventHubs"]),
        eventHubsDirect: !item["eventHubsDirect"]
            ? item["eventHubsDirect"]
            : eventHubDirectDestinationArraySerializer(item["eventHubsDirect"]),
        storageBlobsDirect: !item["storageBlobsDirect"]
            ? item["storageBlobsDirect"]
            : storageBlobDestinationArraySerializer(item["storageBlobsDirect"]),
        storageTablesDirect: !item["storageTablesDirect"]
            ? item["storageTablesDirect"]
            : storageTableDestinationArraySerializer(item["storageTablesDirect"]),
        storageAccounts: !item["storageAccounts"]
            ? item["storageAccounts"]
            : storageBlobDestinationArraySerializer(item["storageAccounts"]),
        microsoftFabric: !item["microsoftFabric"]
            ? item["microsoftFabric"]
            : microsoftFabricDestinationArraySerializer(item["microsoftFabric"]),
        azureDataExplorer: !item["azureDataExplorer"]
            ? item["azureDataExplorer"]
            : adxDestinationArraySerializer(item["azureDataExplorer"]),
    };
}
function dataCollectionRuleDestinationsDeserializer(item) {
    return {
        logAnalytics: !item["logAnalytics"]
            ? item["logAnalytics"]
            : logAnalyticsDestinationArrayDeserializer(item["logAnalytics"]),
        monitoringAccounts: !item["monitoringAccounts"]
            ? item["monitoringAccounts"]
            : monitoringAccountDestinationArrayDeserializer(item["monitoringAccounts"]),
        azureMonitorMetrics: !item["azureMonitorMetrics"]
            ? item["azureMonitorMetrics"]
            : destinationsSpecAzureMonitorMetricsDeserializer(item["azureMonitorMetrics"]),
        eventHubs: !item["eventHubs"]
            ? item["eventHubs"]
            : eventHubDestinationArrayDeserializer(item["eventHubs"]),
        eventHubsDirect: !item["eventHubsDirect"]
            ? item["eventHubsDirect"]
            : eventHubDirectDestinationArrayDeserializer(item["eventHubsDirect"]),
        storageBlobsDirect: !item["storageBlobsDirect"]
            ? item["storageBlobsDirect"]
            : storageBlobDestinationArrayDeserializer(item["storageBlobsDirect"]),
        storageTablesDirect: !item["storageTablesDirect"]
            ? item["storageTablesDirect"]
            : storageTableDestinationArrayDeserializer(item["storageTablesDirect"]),
        storageAccounts: !item["storageAccounts"]
            ? item["storageAccounts"]
            : storageBlobDestinationArrayDeserializer(item["storageAccounts"]),
        microsoftFabric: !item["microsoftFabric"]
            ? item["microsoftFabric"]
            : microsoftFabricDestinationArrayDeserializer(item["microsoftFabric"]),
        azureDataExplorer: !item["azureDataExplorer"]
            ? item["azureDataExplorer"]
            : adxDestinationArrayDeserializer(item["azureDataExplorer"]),
    };
}
function dataFlowArraySerializer(result) {
    return result.map((item) => {
        return dataFlowSerializer(item);
    });
}
function dataFlowArrayDeserializer(result) {
    return result.map((item) => {
        return dataFlowDeserializer(item);
    });
}
function dataFlowSerializer(item) {
    return {
        streams: !item["streams"]
            ? item["streams"]
            : item["streams"].map((p) => {
                return p;
            }),
        destinations: !item["destinations"]
            ? item["destinations"]
            : item["destinations"].map((p) => {
                return p;
            }),
        transformKql: item["transformKql"],
        outputStream: item["outputStream"],
        builtInTransform: item["builtInTransform"],
        captureOverflow: item["captureOverflow"],
    };
}
function dataFlowDeserializer(item) {
    return {
        streams: !item["streams"]
            ? item["streams"]
            : item["streams"].map((p) => {
                return p;
            }),
        destinations: !item["destinations"]
            ? item["destinations"]
            : item["destinations"].map((p) => {
                return p;
            }),
        transformKql: item["transformKql"],
        outputStream: item["outputStream"],
        builtInTransform: item["builtInTransform"],
        captureOverflow: item["captureOverflow"],
    };
}
/** Known values of {@link KnownDataFlowStreams} that the service accepts. */
var KnownKnownDataFlowStreams;
(function (KnownKnownDataFlowStreams) {
    /** Microsoft-Event */
    KnownKnownDataFlowStreams["MicrosoftEvent"] = "Microsoft-Event";
    /** Microsoft-InsightsMetrics */
    KnownKnownDataFlowStreams["MicrosoftInsightsMetrics"] = "Microsoft-InsightsMetrics";
    /** Microsoft-Perf */
    KnownKnownDataFlowStreams["MicrosoftPerf"] = "Microsoft-Perf";
    /** Microsoft-Syslog */
    KnownKnownDataFlowStreams["MicrosoftSyslog"] = "Microsoft-Syslog";
    /** Microsoft-WindowsEvent */
    KnownKnownDataFlowStreams["MicrosoftWindowsEvent"] = "Microsoft-WindowsEvent";
})(KnownKnownDataFlowStreams || (KnownKnownDataFlowStreams = {}));
function dataCollectionRuleIngestionQuotasDeserializer(item) {
    return {
        logs: !item["logs"] ? item["logs"] : ingestionQuotasLogsDeserializer(item["logs"]),
    };
}
/** The resource provisioning state. */
var KnownKnownDataCollectionRuleProvisioningState;
(function (KnownKnownDataCollectionRuleProvisioningState) {
    /** Creating */
    KnownKnownDataCollectionRuleProvisioningState["Creating"] = "Creating";
    /** Updating */
    KnownKnownDataCollectionRuleProvisioningState["Updating"] = "Updating";
    /** Deleting */
    KnownKnownDataCollectionRuleProvisioningState["Deleting"] = "Deleting";
    /** Succeeded */
    KnownKnownDataCollectionRuleProvisioningState["Succeeded"] = "Succeeded";
    /** Canceled */
    KnownKnownDataCollectionRuleProvisioningState["Canceled"] = "Canceled";
    /** Failed */
    KnownKnownDataCollectionRuleProvisioningState["Failed"] = "Failed";
})(KnownKnownDataCollectionRuleProvisioningState || (KnownKnownDataCollectionRuleProvisioningState = {}));
function endpointsSpecDeserializer(item) {
    return {
        logsIngestion: item["logsIngestion"],
        metricsIngestion: item["metricsIngestion"],
    };
}
function referencesSpecSerializer(item) {
    return {
        enrichmentData: !item["enrichmentData"]
            ? item["enrichmentData"]
            : referencesSpecEnrichmentDataSerializer(item["enrichmentData"]),
        applicationInsights: !item["applicationInsights"]
            ? item["applicationInsights"]
            : applicationInsightsArraySerializer(item["applicationInsights"]),
    };
}
function referencesSpecDeserializer(item) {
    return {
        enrichmentData: !item["enrichmentData"]
            ? item["enrichmentData"]
            : referencesSpecEnrichmentDataDeserializer(item["enrichmentData"]),
        applicationInsights: !item["applicationInsights"]
            ? item["applicationInsights"]
            : applicationInsightsArrayDeserializer(item["applicationInsights"]),
    };
}
function referencesSpecEnrichmentDataSerializer(item) {
    return {
        storageBlobs: !item["storageBlobs"]
            ? item["storageBlobs"]
            : storageBlobArraySerializer(item["storageBlobs"]),
    };
}
function referencesSpecEnrichmentDataDeserializer(item) {
    return {
        storageBlobs: !item["storageBlobs"]
            ? item["storageBlobs"]
            : storageBlobArrayDeserializer(item["storageBlobs"]),
    };
}
function applicationInsightsArraySerializer(result) {
    return result.map((item) => {
        return applicationInsightsSerializer(item);
    });
}
function applicationInsightsArrayDeserializer(result) {
    return result.map((item) => {
        return applicationInsightsDeserializer(item);
    });
}
function applicationInsightsSerializer(item) {
    return { resourceId: item["resourceId"], name: item["name"] };
}
function applicationInsightsDeserializer(item) {
    return {
        resourceId: item["resourceId"],
        name: item["name"],
    };
}
function enrichmentDataSerializer(item) {
    return {
        storageBlobs: !item["storageBlobs"]
            ? item["storageBlobs"]
            : storageBlobArraySerializer(item["storageBlobs"]),
    };
}
function enrichmentDataDeserializer(item) {
    return {
        storageBlobs: !item["storageBlobs"]
            ? item["storageBlobs"]
            : storageBlobArrayDeserializer(item["storageBlobs"]),
    };
}
function storageBlobArraySerializer(result) {
    return result.map((item) => {
        return storageBlobSerializer(item);
    });
}
function storageBlobArrayDeserializer(result) {
    return result.map((item) => {
        return storageBlobDeserializer(item);
    });
}
function storageBlobSerializer(item) {
    return {
        resourceId: item["resourceId"],
        blobUrl: item["blobUrl"],
        lookupType: item["lookupType"],
        name: item["name"],
    };
}
function storageBlobDeserializer(item) {
    return {
        resourceId: item["resourceId"],
        blobUrl: item["blobUrl"],
        lookupType: item["lookupType"],
        name: item["name"],
    };
}
/** The type of lookup to perform on the blob */
var KnownKnownStorageBlobLookupType;
(function (KnownKnownStorageBlobLookupType) {
    /** String */
    KnownKnownStorageBlobLookupType["String"] = "String";
    /** Cidr */
    KnownKnownStorageBlobLookupType["Cidr"] = "Cidr";
})(KnownKnownStorageBlobLookupType || (KnownKnownStorageBlobLookupType = {}));
function agentSettingsSpecSerializer(item) {
    return { logs: !item["logs"] ? item["logs"] : agentSettingArraySerializer(item["logs"]) };
}
function agentSettingsSpecDeserializer(item) {
    return {
        logs: !item["logs"] ? item["logs"] : agentSettingArrayDeserializer(item["logs"]),
    };
}
function agentSettingArraySerializer(result) {
    return result.map((item) => {
        return agentSettingSerializer(item);
    });
}
function agentSettingArrayDeserializer(result) {
    return result.map((item) => {
        return agentSettingDeserializer(item);
    });
}
function agentSettingSerializer(item) {
    return { name: item["name"], value: item["value"] };
}
function agentSettingDeserializer(item) {
    return {
        name: item["name"],
        value: item["value"],
    };
}
/**
 * The name of the setting.
 * Must be part of the list of supported settings
 */
var KnownKnownAgentSettingName;
(function (KnownKnownAgentSettingName) {
    /** MaxDiskQuotaInMB */
    KnownKnownAgentSettingName["MaxDiskQuotaInMB"] = "MaxDiskQuotaInMB";
    /** UseTimeReceivedForForwardedEvents */
    KnownKnownAgentSettingName["UseTimeReceivedForForwardedEvents"] = "UseTimeReceivedForForwardedEvents";
    /** Tags */
    KnownKnownAgentSettingName["Tags"] = "Tags";
})(KnownKnownAgentSettingName || (KnownKnownAgentSettingName = {}));
function dataSourcesSpecSerializer(item) {
    return {
        performanceCounters: !item["performanceCounters"]
            ? item["performanceCounters"]
            : perfCounterDataSourceArraySerializer(item["performanceCounters"]),
        performanceCountersOTel: !item["performanceCountersOTel"]
            ? item["performanceCountersOTel"]
            : performanceCountersOTelDataSourceArraySerializer(item["performanceCountersOTel"]),
        windowsEventLogs: !item["windowsEventLogs"]
            ? item["windowsEventLogs"]
            : windowsEventLogDataSourceArraySerializer(item["windowsEventLogs"]),
        syslog: !item["syslog"] ? item["syslog"] : syslogDataSourceArraySerializer(item["syslog"]),
        extensions: !item["extensions"]
            ? item["extensions"]
            : extensionDataSourceArraySerializer(item["extensions"]),
        logFiles: !item["logFiles"]
            ? item["logFiles"]
            : logFilesDataSourceArraySerializer(item["logFiles"]),
        iisLogs: !item["iisLogs"] ? item["iisLogs"] : iisLogsDataSourceArraySerializer(item["iisLogs"]),
        windowsFirewallLogs: !item["windowsFirewallLogs"]
            ? item["windowsFirewallLogs"]
            : windowsFirewallLogsDataSourceArraySerializer(item["windowsFirewallLogs"]),
        prometheusForwarder: !item["prometheusForwarder"]
            ? item["prometheusForwarder"]
            : prometheusForwarderDataSourceArraySerializer(item["prometheusForwarder"]),
        platformTelemetry: !item["platformTelemetry"]
            ? item["platformTelemetry"]
            : platformTelemetryDataSourceArraySerializer(item["platformTelemetry"]),
        dataImports: !item["dataImports"]
            ? item["dataImports"]
            : dataSourcesSpecDataImportsSerializer(item["dataImports"]),
        otelLogs: !item["otelLogs"]
            ? item["otelLogs"]
            : otelLogsDataSourceArraySerializer(item["otelLogs"]),
        otelTraces: !item["otelTraces"]
            ? item["otelTraces"]
            : otelTracesDataSourceArraySerializer(item["otelTraces"]),
        otelMetrics: !item["otelMetrics"]
            ? item["otelMetrics"]
            : otelMetricsDataSourceArraySerializer(item["otelMetrics"]),
        etwProviders: !item["etwProviders"]
            ? item["etwProviders"]
            : etwProviderDataSourceArraySerializer(item["etwProviders"]),
    };
}
function dataSourcesSpecDeserializer(item) {
    return {
        performanceCounters: !item["performanceCounters"]
            ? item["performanceCounters"]
            : perfCounterDataSourceArrayDeserializer(item["performanceCounters"]),
        performanceCountersOTel: !item["performanceCountersOTel"]
            ? item["performanceCountersOTel"]
            : performanceCountersOTelDataSourceArrayDeserializer(item["performanceCountersOTel"]),
        windowsEventLogs: !item["windowsEventLogs"]
            ? item["windowsEventLogs"]
            : windowsEventLogDataSourceArrayDeserializer(item["windowsEventLogs"]),
        syslog: !item["syslog"] ? item["syslog"] : syslogDataSourceArrayDeserializer(item["syslog"]),
        extensions: !item["extensions"]
            ? item["extensions"]
            : extensionDataSourceArrayDeserializer(item["extensions"]),
        logFiles: !item["logFiles"]
            ? item["logFiles"]
            : logFilesDataSourceArrayDeserializer(item["logFiles"]),
        iisLogs: !item["iisLogs"]
            ? item["iisLogs"]
            : iisLogsDataSourceArrayDeserializer(item["iisLogs"]),
        windowsFirewallLogs: !item["windowsFirewallLogs"]
            ? item["windowsFirewallLogs"]
            : windowsFirewallLogsDataSourceArrayDeserializer(item["windowsFirewallLogs"]),
        prometheusForwarder: !item["prometheusForwarder"]
            ? item["prometheusForwarder"]
            : prometheusForwarderDataSourceArrayDeserializer(item["prometheusForwarder"]),
        platformTelemetry: !item["platformTelemetry"]
            ? item["platformTelemetry"]
            : platformTelemetryDataSourceArrayDeserializer(item["platformTelemetry"]),
        dataImports: !item["dataImports"]
            ? item["dataImports"]
            : dataSourcesSpecDataImportsDeserializer(item["dataImports"]),
        otelLogs: !item["otelLogs"]
            ? item["otelLogs"]
            : otelLogsDataSourceArrayDeserializer(item["otelLogs"]),
        otelTraces: !item["otelTraces"]
            ? item["otelTraces"]
            : otelTracesDataSourceArrayDeserializer(item["otelTraces"]),
        otelMetrics: !item["otelMetrics"]
            ? item["otelMetrics"]
            : otelMetricsDataSourceArrayDeserializer(item["otelMetrics"]),
        etwProviders: !item["etwProviders"]
            ? item["etwProviders"]
            : etwProviderDataSourceArrayDeserializer(item["etwProviders"]),
    };
}
function perfCounterDataSourceArraySerializer(result) {
    return result.map((item) => {
        return perfCounterDataSourceSerializer(item);
    });
}
function perfCounterDataSourceArrayDeserializer(result) {
    return result.map((item) => {
        return perfCounterDataSourceDeserializer(item);
    });
}
function perfCounterDataSourceSerializer(item) {
    return {
        streams: !item["streams"]
            ? item["streams"]
            : item["streams"].map((p) => {
                return p;
            }),
        samplingFrequencyInSeconds: item["samplingFrequencyInSeconds"],
        counterSpecifiers: !item["counterSpecifiers"]
            ? item["counterSpecifiers"]
            : item["counterSpecifiers"].map((p) => {
                return p;
            }),
        transformKql: item["transformKql"],
        name: item["name"],
    };
}
function perfCounterDataSourceDeserializer(item) {
    return {
        streams: !item["streams"]
            ? item["streams"]
            : item["streams"].map((p) => {
                return p;
            }),
        samplingFrequencyInSeconds: item["samplingFrequencyInSeconds"],
        counterSpecifiers: !item["counterSpecifiers"]
            ? item["counterSpecifiers"]
            : item["counterSpecifiers"].map((p) => {
                return p;
            }),
        transformKql: item["transformKql"],
        name: item["name"],
    };
}
/** Known values of {@link KnownPerfCounterDataSourceStreams} that the service accepts. */
var KnownKnownPerfCounterDataSourceStreams;
(function (KnownKnownPerfCounterDataSourceStreams) {
    /** Microsoft-Perf */
    KnownKnownPerfCounterDataSourceStreams["MicrosoftPerf"] = "Microsoft-Perf";
    /** Microsoft-InsightsMetrics */
    KnownKnownPerfCounterDataSourceStreams["MicrosoftInsightsMetrics"] = "Microsoft-InsightsMetrics";
})(KnownKnownPerfCounterDataSourceStreams || (KnownKnownPerfCounterDataSourceStreams = {}));
function performanceCountersOTelDataSourceArraySerializer(result) {
    return result.map((item) => {
        return performanceCountersOTelDataSourceSerializer(item);
    });
}
function performanceCountersOTelDataSourceArrayDeserializer(result) {
    return result.map((item) => {
        return performanceCountersOTelDataSourceDeserializer(item);
    });
}
function performanceCountersOTelDataSourceSerializer(item) {
    return {
        streams: !item["streams"]
            ? item["streams"]
            : item["streams"].map((p) => {
                return p;
            }),
        samplingFrequencyInSeconds: item["samplingFrequencyInSeconds"],
        counterSpecifiers: !item["counterSpecifiers"]
            ? item["counterSpecifiers"]
            : item["counterSpecifiers"].map((p) => {
                return p;
            }),
        name: item["name"],
    };
}
function performanceCountersOTelDataSourceDeserializer(item) {
    return {
        streams: !item["streams"]
            ? item["streams"]
            : item["streams"].map((p) => {
                return p;
            }),
        samplingFrequencyInSeconds: item["samplingFrequencyInSeconds"],
        counterSpecifiers: !item["counterSpecifiers"]
            ? item["counterSpecifiers"]
            : item["counterSpecifiers"].map((p) => {
                return p;
            }),
        name: item["name"],
    };
}
/** Known values of {@link KnownPerformanceCountersOTelDataSourceStreams} that the service accepts. */
var KnownKnownPerformanceCountersOTelDataSourceStreams;
(function (KnownKnownPerformanceCountersOTelDataSourceStreams) {
    /** Microsoft-OtelPerfMetrics */
    KnownKnownPerformanceCountersOTelDataSourceStreams["MicrosoftOtelPerfMetrics"] = "Microsoft-OtelPerfMetrics";
})(KnownKnownPerformanceCountersOTelDataSourceStreams || (KnownKnownPerformanceCountersOTelDataSourceStreams = {}));
function windowsEventLogDataSourceArraySerializer(result) {
    return result.map((item) => {
        return windowsEventLogDataSourceSerializer(item);
    });
}
function windowsEventLogDataSourceArrayDeserializer(result) {
    return result.map((item) => {
        return windowsEventLogDataSourceDeserializer(item);
    });
}
function windowsEventLogDataSourceSerializer(item) {
    return {
        streams: !item["streams"]
            ? item["streams"]
            : item["streams"].map((p) => {
                return p;
            }),
        xPathQueries: !item["xPathQueries"]
            ? item["xPathQueries"]
            : item["xPathQueries"].map((p) => {
                return p;
            }),
        transformKql: item["transformKql"],
        name: item["name"],
    };
}
function windowsEventLogDataSourceDeserializer(item) {
    return {
        streams: !item["streams"]
            ? item["streams"]
            : item["streams"].map((p) => {
                return p;
            }),
        xPathQueries: !item["xPathQueries"]
            ? item["xPathQueries"]
            : item["xPathQueries"].map((p) => {
                return p;
            }),
        transformKql: item["transformKql"],
        name: item["name"],
    };
}
/** Known values of {@link KnownWindowsEventLogDataSourceStreams} that the service accepts. */
var KnownKnownWindowsEventLogDataSourceStreams;
(function (KnownKnownWindowsEventLogDataSourceStreams) {
    /** Microsoft-WindowsEvent */
    KnownKnownWindowsEventLogDataSourceStreams["MicrosoftWindowsEvent"] = "Microsoft-WindowsEvent";
    /** Microsoft-Event */
    KnownKnownWindowsEventLogDataSourceStreams["MicrosoftEvent"] = "Microsoft-Event";
})(KnownKnownWindowsEventLogDataSourceStreams || (KnownKnownWindowsEventLogDataSourceStreams = {}));
function syslogDataSourceArraySerializer(result) {
    return result.map((item) => {
        return syslogDataSourceSerializer(item);
    });
}
function syslogDataSourceArrayDeserializer(result) {
    return result.map((item) => {
        return syslogDataSourceDeserializer(item);
    });
}
function syslogDataSourceSerializer(item) {
    return {
        streams: !item["streams"]
            ? item["streams"]
            : item["streams"].map((p) => {
                return p;
            }),
        facilityNames: !item["facilityNames"]
            ? item["facilityNames"]
            : item["facilityNames"].map((p) => {
                return p;
            }),
        logLevels: !item["logLevels"]
            ? item["logLevels"]
            : item["logLevels"].map((p) => {
                return p;
            }),
        transformKql: item["transformKql"],
        name: item["name"],
    };
}
function syslogDataSourceDeserializer(item) {
    return {
        streams: !item["streams"]
            ? item["streams"]
            : item["streams"].map((p) => {
                return p;
            }),
        facilityNames: !item["facilityNames"]
            ? item["facilityNames"]
            : item["facilityNames"].map((p) => {
                return p;
            }),
        logLevels: !item["logLevels"]
            ? item["logLevels"]
            : item["logLevels"].map((p) => {
                return p;
            }),
        transformKql: item["transformKql"],
        name: item["name"],
    };
}
/** Known values of {@link KnownSyslogDataSourceStreams} that the service accepts. */
var KnownKnownSyslogDataSourceStreams;
(function (KnownKnownSyslogDataSourceStreams) {
    /** Microsoft-Syslog */
    KnownKnownSyslogDataSourceStreams["MicrosoftSyslog"] = "Microsoft-Syslog";
})(KnownKnownSyslogDataSourceStreams || (KnownKnownSyslogDataSourceStreams = {}));
/** Known values of {@link KnownSyslogDataSourceFacilityNames} that the service accepts. */
var KnownKnownSyslogDataSourceFacilityNames;
(function (KnownKnownSyslogDataSourceFacilityNames) {
    /** * */
    KnownKnownSyslogDataSourceFacilityNames["Asterisk"] = "*";
    /** alert */
    KnownKnownSyslogDataSourceFacilityNames["Alert"] = "alert";
    /** audit */
    KnownKnownSyslogDataSourceFacilityNames["Audit"] = "audit";
    /** auth */
    KnownKnownSyslogDataSourceFacilityNames["Auth"] = "auth";
    /** authpriv */
    KnownKnownSyslogDataSourceFacilityNames["Authpriv"] = "authpriv";
    /** clock */
    KnownKnownSyslogDataSourceFacilityNames["Clock"] = "clock";
    /** cron */
    KnownKnownSyslogDataSourceFacilityNames["Cron"] = "cron";
    /** daemon */
    KnownKnownSyslogDataSourceFacilityNames["Daemon"] = "daemon";
    /** ftp */
    KnownKnownSyslogDataSourceFacilityNames["Ftp"] = "ftp";
    /** kern */
    KnownKnownSyslogDataSourceFacilityNames["Kern"] = "kern";
    /** local0 */
    KnownKnownSyslogDataSourceFacilityNames["Local0"] = "local0";
    /** local1 */
    KnownKnownSyslogDataSourceFacilityNames["Local1"] = "local1";
    /** local2 */
    KnownKnownSyslogDataSourceFacilityNames["Local2"] = "local2";
    /** local3 */
    KnownKnownSyslogDataSourceFacilityNames["Local3"] = "local3";
    /** local4 */
    KnownKnownSyslogDataSourceFacilityNames["Local4"] = "local4";
    /** local5 */
    KnownKnownSyslogDataSourceFacilityNames["Local5"] = "local5";
    /** local6 */
    KnownKnownSyslogDataSourceFacilityNames["Local6"] = "local6";
    /** local7 */
    KnownKnownSyslogDataSourceFacilityNames["Local7"] = "local7";
    /** lpr */
    KnownKnownSyslogDataSourceFacilityNames["Lpr"] = "lpr";
    /** mail */
    KnownKnownSyslogDataSourceFacilityNames["Mail"] = "mail";
    /** mark */
    KnownKnownSyslogDataSourceFacilityNames["Mark"] = "mark";
    /** news */
    KnownKnownSyslogDataSourceFacilityNames["News"] = "news";
    /** nopri */
    KnownKnownSyslogDataSourceFacilityNames["Nopri"] = "nopri";
    /** ntp */
    KnownKnownSyslogDataSourceFacilityNames["Ntp"] = "ntp";
    /** syslog */
    KnownKnownSyslogDataSourceFacilityNames["Syslog"] = "syslog";
    /** user */
    KnownKnownSyslogDataSourceFacilityNames["User"] = "user";
    /** uucp */
    KnownKnownSyslogDataSourceFacilityNames["Uucp"] = "uucp";
})(KnownKnownSyslogDataSourceFacilityNames || (KnownKnownSyslogDataSourceFacilityNames = {}));
/** Known values of {@link KnownSyslogDataSourceLogLevels} that the service accepts. */
var KnownKnownSyslogDataSourceLogLevels;
(function (KnownKnownSyslogDataSourceLogLevels) {
    /** Debug */
    KnownKnownSyslogDataSourceLogLevels["Debug"] = "Debug";
    /** Info */
    KnownKnownSyslogDataSourceLogLevels["Info"] = "Info";
    /** Notice */
    KnownKnownSyslogDataSourceLogLevels["Notice"] = "Notice";
    /** Warning */
    KnownKnownSyslogDataSourceLogLevels["Warning"] = "Warning";
    /** Error */
    KnownKnownSyslogDataSourceLogLevels["Error"] = "Error";
    /** Critical */
    KnownKnownSyslogDataSourceLogLevels["Critical"] = "Critical";
    /** Alert */
    KnownKnownSyslogDataSourceLogLevels["Alert"] = "Alert";
    /** Emergency */
    KnownKnownSyslogDataSourceLogLevels["Emergency"] = "Emergency";
    /** * */
    KnownKnownSyslogDataSourceLogLevels["Asterisk"] = "*";
})(KnownKnownSyslogDataSourceLogLevels || (KnownKnownSyslogDataSourceLogLevels = {}));
function extensionDataSourceArraySerializer(result) {
    return result.map((item) => {
        return extensionDataSourceSerializer(item);
    });
}
function extensionDataSourceArrayDeserializer(result) {
    return result.map((item) => {
        return extensionDataSourceDeserializer(item);
    });
}
function extensionDataSourceSerializer(item) {
    return {
        streams: !item["streams"]
            ? item["streams"]
            : item["streams"].map((p) => {
                return p;
            }),
        extensionName: item["extensionName"],
        extensionSettings: item["extensionSettings"],
        inputDataSources: !item["inputDataSources"]
            ? item["inputDataSources"]
            : item["inputDataSources"].map((p) => {
                return p;
            }),
        name: item["name"],
    };
}
function extensionDataSourceDeserializer(item) {
    return {
        streams: !item["streams"]
            ? item["streams"]
            : item["streams"].map((p) => {
                return p;
            }),
        extensionName: item["extensionName"],
        extensionSettings: item["extensionSettings"],
        inputDataSources: !item["inputDataSources"]
            ? item["inputDataSources"]
            : item["inputDataSources"].map((p) => {
                return p;
            }),
        name: item["name"],
    };
}
/** Known values of {@link KnownExtensionDataSourceStreams} that the service accepts. */
var KnownKnownExtensionDataSourceStreams;
(function (KnownKnownExtensionDataSourceStreams) {
    /** Microsoft-Event */
    KnownKnownExtensionDataSourceStreams["MicrosoftEvent"] = "Microsoft-Event";
    /** Microsoft-InsightsMetrics */
    KnownKnownExtensionDataSourceStreams["MicrosoftInsightsMetrics"] = "Microsoft-InsightsMetrics";
    /** Microsoft-Perf */
    KnownKnownExtensionDataSourceStreams["MicrosoftPerf"] = "Microsoft-Perf";
    /** Microsoft-Syslog */
    KnownKnownExtensionDataSourceStreams["MicrosoftSyslog"] = "Microsoft-Syslog";
    /** Microsoft-WindowsEvent */
    KnownKnownExtensionDataSourceStreams["MicrosoftWindowsEvent"] = "Microsoft-WindowsEvent";
})(KnownKnownExtensionDataSourceStreams || (KnownKnownExtensionDataSourceStreams = {}));
function logFilesDataSourceArraySerializer(result) {
    return result.map((item) => {
        return logFilesDataSourceSerializer(item);
    });
}
function logFilesDataSourceArrayDeserializer(result) {
    return result.map((item) => {
        return logFilesDataSourceDeserializer(item);
    });
}
function logFilesDataSourceSerializer(item) {
    return {
        streams: item["streams"].map((p) => {
            return p;
        }),
        filePatterns: item["filePatterns"].map((p) => {
            return p;
        }),
        format: item["format"],
        settings: !item["settings"]
            ? item["settings"]
            : logFilesDataSourceSettingsSerializer(item["settings"]),
        transformKql: item["transformKql"],
        name: item["name"],
    };
}
function logFilesDataSourceDeserializer(item) {
    return {
        streams: item["streams"].map((p) => {
            return p;
        }),
        filePatterns: item["filePatterns"].map((p) => {
            return p;
        }),
        format: item["format"],
        settings: !item["settings"]
            ? item["settings"]
            : logFilesDataSourceSettingsDeserializer(item["settings"]),
        transformKql: item["transformKql"],
        name: item["name"],
    };
}
/** The data format of the log files */
var KnownKnownLogFilesDataSourceFormat;
(function (KnownKnownLogFilesDataSourceFormat) {
    /** json */
    KnownKnownLogFilesDataSourceFormat["Json"] = "json";
    /** text */
    KnownKnownLogFilesDataSourceFormat["Text"] = "text";
})(KnownKnownLogFilesDataSourceFormat || (KnownKnownLogFilesDataSourceFormat = {}));
function logFilesDataSourceSettingsSerializer(item) {
    return { text: !item["text"] ? item["text"] : logFileSettingsTextSerializer(item["text"]) };
}
function logFilesDataSourceSettingsDeserializer(item) {
    return {
        text: !item["text"] ? item["text"] : logFileSettingsTextDeserializer(item["text"]),
    };
}
function iisLogsDataSourceArraySerializer(result) {
    return result.map((item) => {
        return iisLogsDataSourceSerializer(item);
    });
}
function iisLogsDataSourceArrayDeserializer(result) {
    return result.map((item) => {
        return iisLogsDataSourceDeserializer(item);
    });
}
function iisLogsDataSourceSerializer(item) {
    return {
        streams: item["streams"].map((p) => {
            return p;
        }),
        logDirectories: !item["logDirectories"]
            ? item["logDirectories"]
            : item["logDirectories"].map((p) => {
                return p;
            }),
        transformKql: item["transformKql"],
        name: item["name"],
    };
}
function iisLogsDataSourceDeserializer(item) {
    return {
        streams: item["streams"].map((p) => {
            return p;
        }),
        logDirectories: !item["logDirectories"]
            ? item["logDirectories"]
            : item["logDirectories"].map((p) => {
                return p;
            }),
        transformKql: item["transformKql"],
        name: item["name"],
    };
}
function windowsFirewallLogsDataSourceArraySerializer(result) {
    return result.map((item) => {
        return windowsFirewallLogsDataSourceSerializer(item);
    });
}
function windowsFirewallLogsDataSourceArrayDeserializer(result) {
    return result.map((item) => {
        return windowsFirewallLogsDataSourceDeserializer(item);
    });
}
function windowsFirewallLogsDataSourceSerializer(item) {
    return {
        streams: item["streams"].map((p) => {
            return p;
        }),
        profileFilter: !item["profileFilter"]
            ? item["profileFilter"]
            : item["profileFilter"].map((p) => {
                return p;
            }),
        name: item["name"],
    };
}
function windowsFirewallLogsDataSourceDeserializer(item) {
    return {
        streams: item["streams"].map((p) => {
            return p;
        }),
        profileFilter: !item["profileFilter"]
            ? item["profileFilter"]
            : item["profileFilter"].map((p) => {
                return p;
            }),
        name: item["name"],
    };
}
/** Known values of {@link KnownWindowsFirewallLogsDataSourceProfileFilter} that the service accepts. */
var KnownKnownWindowsFirewallLogsDataSourceProfileFilter;
(function (KnownKnownWindowsFirewallLogsDataSourceProfileFilter) {
    /** Domain */
    KnownKnownWindowsFirewallLogsDataSourceProfileFilter["Domain"] = "Domain";
    /** Private */
    KnownKnownWindowsFirewallLogsDataSourceProfileFilter["Private"] = "Private";
    /** Public */
    KnownKnownWindowsFirewallLogsDataSourceProfileFilter["Public"] = "Public";
})(KnownKnownWindowsFirewallLogsDataSourceProfileFilter || (KnownKnownWindowsFirewallLogsDataSourceProfileFilter = {}));
function prometheusForwarderDataSourceArraySerializer(result) {
    return result.map((item) => {
        return prometheusForwarderDataSourceSerializer(item);
    });
}
function prometheusForwarderDataSourceArrayDeserializer(result) {
    return result.map((item) => {
        return prometheusForwarderDataSourceDeserializer(item);
    });
}
function prometheusForwarderDataSourceSerializer(item) {
    return {
        streams: !item["streams"]
            ? item["streams"]
            : item["streams"].map((p) => {
                return p;
            }),
        labelIncludeFilter: item["labelIncludeFilter"],
        customVMScrapeConfig: !item["customVMScrapeConfig"]
            ? item["customVMScrapeConfig"]
            : item["customVMScrapeConfig"].map((p) => {
                return p;
            }),
        name: item["name"],
    };
}
function prometheusForwarderDataSourceDeserializer(item) {
    return {
        streams: !item["streams"]
            ? item["streams"]
            : item["streams"].map((p) => {
                return p;
            }),
        labelIncludeFilter: !item["labelIncludeFilter"]
            ? item["labelIncludeFilter"]
            : Object.fromEntries(Object.entries(item["labelIncludeFilter"]).map(([k, p]) => [k, p])),
        customVMScrapeConfig: !item["customVMScrapeConfig"]
            ? item["customVMScrapeConfig"]
            : item["customVMScrapeConfig"].map((p) => {
                return p;
            }),
        name: item["name"],
    };
}
/** Known values of {@link KnownPrometheusForwarderDataSourceStreams} that the service accepts. */
var KnownKnownPrometheusForwarderDataSourceStreams;
(function (KnownKnownPrometheusForwarderDataSourceStreams) {
    /** Microsoft-PrometheusMetrics */
    KnownKnownPrometheusForwarderDataSourceStreams["MicrosoftPrometheusMetrics"] = "Microsoft-PrometheusMetrics";
})(KnownKnownPrometheusForwarderDataSourceStreams || (KnownKnownPrometheusForwarderDataSourceStreams = {}));
function platformTelemetryDataSourceArraySerializer(result) {
    return result.map((item) => {
        return platformTelemetryDataSourceSerializer(item);
    });
}
function platformTelemetryDataSourceArrayDeserializer(result) {
    return result.map((item) => {
        return platformTelemetryDataSourceDeserializer(item);
    });
}
function platformTelemetryDataSourceSerializer(item) {
    return {
        streams: item["streams"].map((p) => {
            return p;
        }),
        name: item["name"],
    };
}
function platformTelemetryDataSourceDeserializer(item) {
    return {
        streams: item["streams"].map((p) => {
            return p;
        }),
        name: item["name"],
    };
}
function dataSourcesSpecDataImportsSerializer(item) {
    return {
        eventHub: !item["eventHub"]
            ? item["eventHub"]
            : dataImportSourcesEventHubSerializer(item["eventHub"]),
    };
}
function dataSourcesSpecDataImportsDeserializer(item) {
    return {
        eventHub: !item["eventHub"]
            ? item["eventHub"]
            : dataImportSourcesEventHubDeserializer(item["eventHub"]),
    };
}
function otelLogsDataSourceArraySerializer(result) {
    return result.map((item) => {
        return otelLogsDataSourceSerializer(item);
    });
}
function otelLogsDataSourceArrayDeserializer(result) {
    return result.map((item) => {
        return otelLogsDataSourceDeserializer(item);
    });
}
function otelLogsDataSourceSerializer(item) {
    return {
        streams: item["streams"].map((p) => {
            return p;
        }),
        resourceAttributeRouting: !item["resourceAttributeRouting"]
            ? item["resourceAttributeRouting"]
            : otelLogsDataSourceResourceAttributeRoutingSerializer(item["resourceAttributeRouting"]),
        enrichWithResourceAttributes: !item["enrichWithResourceAttributes"]
            ? item["enrichWithResourceAttributes"]
            : item["enrichWithResourceAttributes"].map((p) => {
                return p;
            }),
        enrichWithReference: item["enrichWithReference"],
        replaceResourceIdWithReference: item["replaceResourceIdWithReference"],
        name: item["name"],
    };
}
function otelLogsDataSourceDeserializer(item) {
    return {
        streams: item["streams"].map((p) => {
            return p;
        }),
        resourceAttributeRouting: !item["resourceAttributeRouting"]
            ? item["resourceAttributeRouting"]
            : otelLogsDataSourceResourceAttributeRoutingDeserializer(item["resourceAttributeRouting"]),
        enrichWithResourceAttributes: !item["enrichWithResourceAttributes"]
            ? item["enrichWithResourceAttributes"]
            : item["enrichWithResourceAttributes"].map((p) => {
                return p;
            }),
        enrichWithReference: item["enrichWithReference"],
        replaceResourceIdWithReference: item["replaceResourceIdWithReference"],
        name: item["name"],
    };
}
/** Known values of {@link KnownOtelLogsDataSourceStreams} that the service accepts. */
var KnownKnownOtelLogsDataSourceStreams;
(function (KnownKnownOtelLogsDataSourceStreams) {
    /** Microsoft-OTel-Logs */
    KnownKnownOtelLogsDataSourceStreams["MicrosoftOTelLogs"] = "Microsoft-OTel-Logs";
})(KnownKnownOtelLogsDataSourceStreams || (KnownKnownOtelLogsDataSourceStreams = {}));
function otelLogsDataSourceResourceAttributeRoutingSerializer(item) {
    return { attributeName: item["attributeName"], attributeValue: item["attributeValue"] };
}
function otelLogsDataSourceResourceAttributeRoutingDeserializer(item) {
    return {
        attributeName: item["attributeName"],
        attributeValue: item["attributeValue"],
    };
}
function otelTracesDataSourceArraySerializer(result) {
    return result.map((item) => {
        return otelTracesDataSourceSerializer(item);
    });
}
function otelTracesDataSourceArrayDeserializer(result) {
    return result.map((item) => {
        return otelTracesDataSourceDeserializer(item);
    });
}
function otelTracesDataSourceSerializer(item) {
    return {
        streams: item["streams"].map((p) => {
            return p;
        }),
        resourceAttributeRouting: !item["resourceAttributeRouting"]
            ? item["resourceAttributeRouting"]
            : otelTracesDataSourceResourceAttributeRoutingSerializer(item["resourceAttributeRouting"]),
        enrichWithResourceAttributes: !item["enrichWithResourceAttributes"]
            ? item["enrichWithResourceAttributes"]
            : item["enrichWithResourceAttributes"].map((p) => {
                return p;
            }),
        enrichWithReference: item["enrichWithReference"],
        replaceResourceIdWithReference: item["replaceResourceIdWithReference"],
        name: item["name"],
    };
}
function otelTracesDataSourceDeserializer(item) {
    return {
        streams: item["streams"].map((p) => {
            return p;
        }),
        resourceAttributeRouting: !item["resourceAttributeRouting"]
            ? item["resourceAttributeRouting"]
            : otelTracesDataSourceResourceAttributeRoutingDeserializer(item["resourceAttributeRouting"]),
        enrichWithResourceAttributes: !item["enrichWithResourceAttributes"]
            ? item["enrichWithResourceAttributes"]
            : item["enrichWithResourceAttributes"].map((p) => {
                return p;
            }),
        enrichWithReference: item["enrichWithReference"],
        replaceResourceIdWithReference: item["replaceResourceIdWithReference"],
        name: item["name"],
    };
}
/** Known values of {@link KnownOtelTracesDataSourceStreams} that the service accepts. */
var KnownKnownOtelTracesDataSourceStreams;
(function (KnownKnownOtelTracesDataSourceStreams) {
    /** Microsoft-OTel-Traces-Spans */
    KnownKnownOtelTracesDataSourceStreams["MicrosoftOTelTracesSpans"] = "Microsoft-OTel-Traces-Spans";
    /** Microsoft-OTel-Traces-Events */
    KnownKnownOtelTracesDataSourceStreams["MicrosoftOTelTracesEvents"] = "Microsoft-OTel-Traces-Events";
    /** Microsoft-OTel-Traces-Resources */
    KnownKnownOtelTracesDataSourceStreams["MicrosoftOTelTracesResources"] = "Microsoft-OTel-Traces-Resources";
})(KnownKnownOtelTracesDataSourceStreams || (KnownKnownOtelTracesDataSourceStreams = {}));
function otelTracesDataSourceResourceAttributeRoutingSerializer(item) {
    return { attributeName: item["attributeName"], attributeValue: item["attributeValue"] };
}
function otelTracesDataSourceResourceAttributeRoutingDeserializer(item) {
    return {
        attributeName: item["attributeName"],
        attributeValue: item["attributeValue"],
    };
}
function otelMetricsDataSourceArraySerializer(result) {
    return result.map((item) => {
        return otelMetricsDataSourceSerializer(item);
    });
}
function otelMetricsDataSourceArrayDeserializer(result) {
    return result.map((item) => {
        return otelMetricsDataSourceDeserializer(item);
    });
}
function otelMetricsDataSourceSerializer(item) {
    return {
        streams: item["streams"].map((p) => {
            return p;
        }),
        resourceAttributeRouting: !item["resourceAttributeRouting"]
            ? item["resourceAttributeRouting"]
            : otelMetricsDataSourceResourceAttributeRoutingSerializer(item["resourceAttributeRouting"]),
        enrichWithResourceAttributes: !item["enrichWithResourceAttributes"]
            ? item["enrichWithResourceAttributes"]
            : item["enrichWithResourceAttributes"].map((p) => {
                return p;
            }),
        enrichWithReference: item["enrichWithReference"],
        name: item["name"],
    };
}
function otelMetricsDataSourceDeserializer(item) {
    return {
        streams: item["streams"].map((p) => {
            return p;
        }),
        resourceAttributeRouting: !item["resourceAttributeRouting"]
            ? item["resourceAttributeRouting"]
            : otelMetricsDataSourceResourceAttributeRoutingDeserializer(item["resourceAttributeRouting"]),
        enrichWithResourceAttributes: !item["enrichWithResourceAttributes"]
            ? item["enrichWithResourceAttributes"]
            : item["enrichWithResourceAttributes"].map((p) => {
                return p;
            }),
        enrichWithReference: item["enrichWithReference"],
        name: item["name"],
    };
}
function otelMetricsDataSourceResourceAttributeRoutingSerializer(item) {
    return { attributeName: item["attributeName"], attributeValue: item["attributeValue"] };
}
function otelMetricsDataSourceResourceAttributeRoutingDeserializer(item) {
    return {
        attributeName: item["attributeName"],
        attributeValue: item["attributeValue"],
    };
}
function etwProviderDataSourceArraySerializer(result) {
    return result.map((item) => {
        return etwProviderDataSourceSerializer(item);
    });
}
function etwProviderDataSourceArrayDeserializer(result) {
    return result.map((item) => {
        return etwProviderDataSourceDeserializer(item);
    });
}
function etwProviderDataSourceSerializer(item) {
    return {
        streams: item["streams"].map((p) => {
            return p;
        }),
        provider: item["provider"],
        providerType: item["providerType"],
        logLevel: item["logLevel"],
        eventIds: !item["eventIds"]
            ? item["eventIds"]
            : item["eventIds"].map((p) => {
                return p;
            }),
        keyword: item["keyword"],
        name: item["name"],
    };
}
function etwProviderDataSourceDeserializer(item) {
    return {
        streams: item["streams"].map((p) => {
            return p;
        }),
        provider: item["provider"],
        providerType: item["providerType"],
        logLevel: item["logLevel"],
        eventIds: !item["eventIds"]
            ? item["eventIds"]
            : item["eventIds"].map((p) => {
                return p;
            }),
        keyword: item["keyword"],
        name: item["name"],
    };
}
/** Provider type specification: By Manifest GUID or by Event Source name */
var KnownKnownEtwProviderType;
(function (KnownKnownEtwProviderType) {
    /** EventSource */
    KnownKnownEtwProviderType["EventSource"] = "EventSource";
    /** Manifest */
    KnownKnownEtwProviderType["Manifest"] = "Manifest";
})(KnownKnownEtwProviderType || (KnownKnownEtwProviderType = {}));
/** Minimal level of detail to be logged */
var KnownKnownEtwProviderDataSourceLogLevel;
(function (KnownKnownEtwProviderDataSourceLogLevel) {
    /** Critical */
    KnownKnownEtwProviderDataSourceLogLevel["Critical"] = "Critical";
    /** Error */
    KnownKnownEtwProviderDataSourceLogLevel["Error"] = "Error";
    /** Warning */
    KnownKnownEtwProviderDataSourceLogLevel["Warning"] = "Warning";
    /** Informational */
    KnownKnownEtwProviderDataSourceLogLevel["Informational"] = "Informational";
    /** Verbose */
    KnownKnownEtwProviderDataSourceLogLevel["Verbose"] = "Verbose";
})(KnownKnownEtwProviderDataSourceLogLevel || (KnownKnownEtwProviderDataSourceLogLevel = {}));
function logFileSettingsSerializer(item) {
    return { text: !item["text"] ? item["text"] : logFileSettingsTextSerializer(item["text"]) };
}
function logFileSettingsDeserializer(item) {
    return {
        text: !item["text"] ? item["text"] : logFileSettingsTextDeserializer(item["text"]),
    };
}
function logFileSettingsTextSerializer(item) {
    return { recordStartTimestampFormat: item["recordStartTimestampFormat"] };
}
function logFileSettingsTextDeserializer(item) {
    return {
        recordStartTimestampFormat: item["recordStartTimestampFormat"],
    };
}
function logFileTextSettingsSerializer(item) {
    return { recordStartTimestampFormat: item["recordStartTimestampFormat"] };
}
function logFileTextSettingsDeserializer(item) {
    return {
        recordStartTimestampFormat: item["recordStartTimestampFormat"],
    };
}
/** One of the supported timestamp formats */
var KnownKnownLogFileTextSettingsRecordStartTimestampFormat;
(function (KnownKnownLogFileTextSettingsRecordStartTimestampFormat) {
    /** ISO 8601 */
    KnownKnownLogFileTextSettingsRecordStartTimestampFormat["ISO8601"] = "ISO 8601";
    /** YYYY-MM-DD HH:MM:SS */
    KnownKnownLogFileTextSettingsRecordStartTimestampFormat["YyyyMMDDHHMMSS"] = "YYYY-MM-DD HH:MM:SS";
    /** M/D/YYYY HH:MM:SS AM/PM */
    KnownKnownLogFileTextSettingsRecordStartTimestampFormat["MDYyyyHHMMSSAMPM"] = "M/D/YYYY HH:MM:SS AM/PM";
    /** Mon DD, YYYY HH:MM:SS */
    KnownKnownLogFileTextSettingsRecordStartTimestampFormat["MonDDYyyyHHMMSS"] = "Mon DD, YYYY HH:MM:SS";
    /** yyMMdd HH:mm:ss */
    KnownKnownLogFileTextSettingsRecordStartTimestampFormat["YyMMddHHMmSs"] = "yyMMdd HH:mm:ss";
    /** ddMMyy HH:mm:ss */
    KnownKnownLogFileTextSettingsRecordStartTimestampFormat["DdMMyyHHMmSs"] = "ddMMyy HH:mm:ss";
    /** MMM d hh:mm:ss */
    KnownKnownLogFileTextSettingsRecordStartTimestampFormat["MMMDHhMmSs"] = "MMM d hh:mm:ss";
    /** dd/MMM/yyyy:HH:mm:ss zzz */
    KnownKnownLogFileTextSettingsRecordStartTimestampFormat["DdMMMYyyyHHMmSsZzz"] = "dd/MMM/yyyy:HH:mm:ss zzz";
    /** yyyy-MM-ddTHH:mm:ssK */
    KnownKnownLogFileTextSettingsRecordStartTimestampFormat["YyyyMMDdTHHMmSsK"] = "yyyy-MM-ddTHH:mm:ssK";
})(KnownKnownLogFileTextSettingsRecordStartTimestampFormat || (KnownKnownLogFileTextSettingsRecordStartTimestampFormat = {}));
function dataImportSourcesSerializer(item) {
    return {
        eventHub: !item["eventHub"]
            ? item["eventHub"]
            : dataImportSourcesEventHubSerializer(item["eventHub"]),
    };
}
function dataImportSourcesDeserializer(item) {
    return {
        eventHub: !item["eventHub"]
            ? item["eventHub"]
            : dataImportSourcesEventHubDeserializer(item["eventHub"]),
    };
}
function dataImportSourcesEventHubSerializer(item) {
    return { name: item["name"], consumerGroup: item["consumerGroup"], stream: item["stream"] };
}
function dataImportSourcesEventHubDeserializer(item) {
    return {
        name: item["name"],
        consumerGroup: item["consumerGroup"],
        stream: item["stream"],
    };
}
function eventHubDataSourceSerializer(item) {
    return { name: item["name"], consumerGroup: item["consumerGroup"], stream: item["stream"] };
}
function eventHubDataSourceDeserializer(item) {
    return {
        name: item["name"],
        consumerGroup: item["consumerGroup"],
        stream: item["stream"],
    };
}
function otelDataSourceResourceAttributeRoutingSerializer(item) {
    return { attributeName: item["attributeName"], attributeValue: item["attributeValue"] };
}
function otelDataSourceResourceAttributeRoutingDeserializer(item) {
    return {
        attributeName: item["attributeName"],
        attributeValue: item["attributeValue"],
    };
}
function directDataSourcesSpecSerializer(item) {
    return {
        otelMetrics: !item["otelMetrics"]
            ? item["otelMetrics"]
            : otelMetricsDirectDataSourceArraySerializer(item["otelMetrics"]),
        otelLogs: !item["otelLogs"]
            ? item["otelLogs"]
            : otelLogsDirectDataSourceArraySerializer(item["otelLogs"]),
        otelTraces: !item["otelTraces"]
            ? item["otelTraces"]
            : otelTracesDirectDataSourceArraySerializer(item["otelTraces"]),
    };
}
function directDataSourcesSpecDeserializer(item) {
    return {
        otelMetrics: !item["otelMetrics"]
            ? item["otelMetrics"]
            : otelMetricsDirectDataSourceArrayDeserializer(item["otelMetrics"]),
        otelLogs: !item["otelLogs"]
            ? item["otelLogs"]
            : otelLogsDirectDataSourceArrayDeserializer(item["otelLogs"]),
        otelTraces: !item["otelTraces"]
            ? item["otelTraces"]
            : otelTracesDirectDataSourceArrayDeserializer(item["otelTraces"]),
    };
}
function otelMetricsDirectDataSourceArraySerializer(result) {
    return result.map((item) => {
        return otelMetricsDirectDataSourceSerializer(item);
    });
}
function otelMetricsDirectDataSourceArrayDeserializer(result) {
    return result.map((item) => {
        return otelMetricsDirectDataSourceDeserializer(item);
    });
}
function otelMetricsDirectDataSourceSerializer(item) {
    return {
        streams: item["streams"].map((p) => {
            return p;
        }),
        enrichWithResourceAttributes: !item["enrichWithResourceAttributes"]
            ? item["enrichWithResourceAttributes"]
            : item["enrichWithResourceAttributes"].map((p) => {
                return p;
            }),
        enrichWithReference: item["enrichWithReference"],
        name: item["name"],
    };
}
function otelMetricsDirectDataSourceDeserializer(item) {
    return {
        streams: item["streams"].map((p) => {
            return p;
        }),
        enrichWithResourceAttributes: !item["enrichWithResourceAttributes"]
            ? item["enrichWithResourceAttributes"]
            : item["enrichWithResourceAttributes"].map((p) => {
                return p;
            }),
        enrichWithReference: item["enrichWithReference"],
        name: item["name"],
    };
}
function otelLogsDirectDataSourceArraySerializer(result) {
    return result.map((item) => {
        return otelLogsDirectDataSourceSerializer(item);
    });
}
function otelLogsDirectDataSourceArrayDeserializer(result) {
    return result.map((item) => {
        return otelLogsDirectDataSourceDeserializer(item);
    });
}
function otelLogsDirectDataSourceSerializer(item) {
    return {
        streams: item["streams"].map((p) => {
            return p;
        }),
        enrichWithResourceAttributes: !item["enrichWithResourceAttributes"]
            ? item["enrichWithResourceAttributes"]
            : item["enrichWithResourceAttributes"].map((p) => {
                return p;
            }),
        enrichWithReference: item["enrichWithReference"],
        replaceResourceIdWithReference: item["replaceResourceIdWithReference"],
        name: item["name"],
    };
}
function otelLogsDirectDataSourceDeserializer(item) {
    return {
        streams: item["streams"].map((p) => {
            return p;
        }),
        enrichWithResourceAttributes: !item["enrichWithResourceAttributes"]
            ? item["enrichWithResourceAttributes"]
            : item["enrichWithResourceAttributes"].map((p) => {
                return p;
            }),
        enrichWithReference: item["enrichWithReference"],
        replaceResourceIdWithReference: item["replaceResourceIdWithReference"],
        name: item["name"],
    };
}
/** Known values of {@link KnownOtelLogsDirectDataSourceStreams} that the service accepts. */
var KnownKnownOtelLogsDirectDataSourceStreams;
(function (KnownKnownOtelLogsDirectDataSourceStreams) {
    /** Microsoft-OTel-Logs */
    KnownKnownOtelLogsDirectDataSourceStreams["MicrosoftOTelLogs"] = "Microsoft-OTel-Logs";
})(KnownKnownOtelLogsDirectDataSourceStreams || (KnownKnownOtelLogsDirectDataSourceStreams = {}));
function otelTracesDirectDataSourceArraySerializer(result) {
    return result.map((item) => {
        return otelTracesDirectDataSourceSerializer(item);
    });
}
function otelTracesDirectDataSourceArrayDeserializer(result) {
    return result.map((item) => {
        return otelTracesDirectDataSourceDeserializer(item);
    });
}
function otelTracesDirectDataSourceSerializer(item) {
    return {
        streams: item["streams"].map((p) => {
            return p;
        }),
        enrichWithResourceAttributes: !item["enrichWithResourceAttributes"]
            ? item["enrichWithResourceAttributes"]
            : item["enrichWithResourceAttributes"].map((p) => {
                return p;
            }),
        enrichWithReference: item["enrichWithReference"],
        replaceResourceIdWithReference: item["replaceResourceIdWithReference"],
        name: item["name"],
    };
}
function otelTracesDirectDataSourceDeserializer(item) {
    return {
        streams: item["streams"].map((p) => {
            return p;
        }),
        enrichWithResourceAttributes: !item["enrichWithResourceAttributes"]
            ? item["enrichWithResourceAttributes"]
            : item["enrichWithResourceAttributes"].map((p) => {
                return p;
            }),
        enrichWithReference: item["enrichWithReference"],
        replaceResourceIdWithReference: item["replaceResourceIdWithReference"],
        name: item["name"],
    };
}
/** Known values of {@link KnownOtelTracesDirectDataSourceStreams} that the service accepts. */
var KnownKnownOtelTracesDirectDataSourceStreams;
(function (KnownKnownOtelTracesDirectDataSourceStreams) {
    /** Microsoft-OTel-Traces-Spans */
    KnownKnownOtelTracesDirectDataSourceStreams["MicrosoftOTelTracesSpans"] = "Microsoft-OTel-Traces-Spans";
    /** Microsoft-OTel-Traces-Events */
    KnownKnownOtelTracesDirectDataSourceStreams["MicrosoftOTelTracesEvents"] = "Microsoft-OTel-Traces-Events";
    /** Microsoft-OTel-Traces-Resources */
    KnownKnownOtelTracesDirectDataSourceStreams["MicrosoftOTelTracesResources"] = "Microsoft-OTel-Traces-Resources";
})(KnownKnownOtelTracesDirectDataSourceStreams || (KnownKnownOtelTracesDirectDataSourceStreams = {}));
function destinationsSpecSerializer(item) {
    return {
        logAnalytics: !item["logAnalytics"]
            ? item["logAnalytics"]
            : logAnalyticsDestinationArraySerializer(item["logAnalytics"]),
        monitoringAccounts: !item["monitoringAccounts"]
            ? item["monitoringAccounts"]
            : monitoringAccountDestinationArraySerializer(item["monitoringAccounts"]),
        azureMonitorMetrics: !item["azureMonitorMetrics"]
            ? item["azureMonitorMetrics"]
            : destinationsSpecAzureMonitorMetricsSerializer(item["azureMonitorMetrics"]),
        eventHubs: !item["eventHubs"]
            ? item["eventHubs"]
            : eventHubDestinationArraySerializer(item["eventHubs"]),
        eventHubsDirect: !item["eventHubsDirect"]
            ? item["eventHubsDirect"]
            : eventHubDirectDestinationArraySerializer(item["eventHubsDirect"]),
        storageBlobsDirect: !item["storageBlobsDirect"]
            ? item["storageBlobsDirect"]
            : storageBlobDestinationArraySerializer(item["storageBlobsDirect"]),
        storageTablesDirect: !item["storageTablesDirect"]
            ? item["storageTablesDirect"]
            : storageTableDestinationArraySerializer(item["storageTablesDirect"]),
        storageAccounts: !item["storageAccounts"]
            ? item["storageAccounts"]
            : storageBlobDestinationArraySerializer(item["storageAccounts"]),
        microsoftFabric: !item["microsoftFabric"]
            ? item["microsoftFabric"]
            : microsoftFabricDestinationArraySerializer(item["microsoftFabric"]),
        azureDataExplorer: !item["azureDataExplorer"]
            ? item["azureDataExplorer"]
            : adxDestinationArraySerializer(item["azureDataExplorer"]),
    };
}
function destinationsSpecDeserializer(item) {
    return {
        logAnalytics: !item["logAnalytics"]
            ? item["logAnalytics"]
            : logAnalyticsDestinationArrayDeserializer(item["logAnalytics"]),
        monitoringAccounts: !item["monitoringAccounts"]
            ? item["monitoringAccounts"]
            : monitoringAccountDestinationArrayDeserializer(item["monitoringAccounts"]),
        azureMonitorMetrics: !item["azureMonitorMetrics"]
            ? item["azureMonitorMetrics"]
            : destinationsSpecAzureMonitorMetricsDeserializer(item["azureMonitorMetrics"]),
        eventHubs: !item["eventHubs"]
            ? item["eventHubs"]
            : eventHubDestinationArrayDeserializer(item["eventHubs"]),
        eventHubsDirect: !item["eventHubsDirect"]
            ? item["eventHubsDirect"]
            : eventHubDirectDestinationArrayDeserializer(item["eventHubsDirect"]),
        storageBlobsDirect: !item["storageBlobsDirect"]
            ? item["storageBlobsDirect"]
            : storageBlobDestinationArrayDeserializer(item["storageBlobsDirect"]),
        storageTablesDirect: !item["storageTablesDirect"]
            ? item["storageTablesDirect"]
            : storageTableDestinationArrayDeserializer(item["storageTablesDirect"]),
        storageAccounts: !item["storageAccounts"]
            ? item["storageAccounts"]
            : storageBlobDestinationArrayDeserializer(item["storageAccounts"]),
        microsoftFabric: !item["microsoftFabric"]
            ? item["microsoftFabric"]
            : microsoftFabricDestinationArrayDeserializer(item["microsoftFabric"]),
        azureDataExplorer: !item["azureDataExplorer"]
            ? item["azureDataExplorer"]
            : adxDestinationArrayDeserializer(item["azureDataExplorer"]),
    };
}
function logAnalyticsDestinationArraySerializer(result) {
    return result.map((item) => {
        return logAnalyticsDestinationSerializer(item);
    });
}
function logAnalyticsDestinationArrayDeserializer(result) {
    return result.map((item) => {
        return logAnalyticsDestinationDeserializer(item);
    });
}
function logAnalyticsDestinationSerializer(item) {
    return { workspaceResourceId: item["workspaceResourceId"], name: item["name"] };
}
function logAnalyticsDestinationDeserializer(item) {
    return {
        workspaceResourceId: item["workspaceResourceId"],
        workspaceId: item["workspaceId"],
        name: item["name"],
    };
}
function monitoringAccountDestinationArraySerializer(result) {
    return result.map((item) => {
        return monitoringAccountDestinationSerializer(item);
    });
}
function monitoringAccountDestinationArrayDeserializer(result) {
    return result.map((item) => {
        return monitoringAccountDestinationDeserializer(item);
    });
}
function monitoringAccountDestinationSerializer(item) {
    return { accountResourceId: item["accountResourceId"], name: item["name"] };
}
function monitoringAccountDestinationDeserializer(item) {
    return {
        accountResourceId: item["accountResourceId"],
        accountId: item["accountId"],
        name: item["name"],
    };
}
function destinationsSpecAzureMonitorMetricsSerializer(item) {
    return { name: item["name"] };
}
function destinationsSpecAzureMonitorMetricsDeserializer(item) {
    return {
        name: item["name"],
    };
}
function eventHubDestinationArraySerializer(result) {
    return result.map((item) => {
        return eventHubDestinationSerializer(item);
    });
}
function eventHubDestinationArrayDeserializer(result) {
    return result.map((item) => {
        return eventHubDestinationDeserializer(item);
    });
}
function eventHubDestinationSerializer(item) {
    return { eventHubResourceId: item["eventHubResourceId"], name: item["name"] };
}
function eventHubDestinationDeserializer(item) {
    return {
        eventHubResourceId: item["eventHubResourceId"],
        name: item["name"],
    };
}
function eventHubDirectDestinationArraySerializer(result) {
    return result.map((item) => {
        return eventHubDirectDestinationSerializer(item);
    });
}
function eventHubDirectDestinationArrayDeserializer(result) {
    return result.map((item) => {
        return eventHubDirectDestinationDeserializer(item);
    });
}
function eventHubDirectDestinationSerializer(item) {
    return { eventHubResourceId: item["eventHubResourceId"], name: item["name"] };
}
function eventHubDirectDestinationDeserializer(item) {
    return {
        eventHubResourceId: item["eventHubResourceId"],
        name: item["name"],
    };
}
function storageBlobDestinationArraySerializer(result) {
    return result.map((item) => {
        return storageBlobDestinationSerializer(item);
    });
}
function storageBlobDestinationArrayDeserializer(result) {
    return result.map((item) => {
        return storageBlobDestinationDeserializer(item);
    });
}
function storageBlobDestinationSerializer(item) {
    return {
        containerName: item["containerName"],
        storageAccountResourceId: item["storageAccountResourceId"],
        name: item["name"],
    };
}
function storageBlobDestinationDeserializer(item) {
    return {
        containerName: item["containerName"],
        storageAccountResourceId: item["storageAccountResourceId"],
        name: item["name"],
    };
}
function storageTableDestinationArraySerializer(result) {
    return result.map((item) => {
        return storageTableDestinationSerializer(item);
    });
}
function storageTableDestinationArrayDeserializer(result) {
    return result.map((item) => {
        return storageTableDestinationDeserializer(item);
    });
}
function storageTableDestinationSerializer(item) {
    return {
        tableName: item["tableName"],
        storageAccountResourceId: item["storageAccountResourceId"],
        name: item["name"],
    };
}
function storageTableDestinationDeserializer(item) {
    return {
        tableName: item["tableName"],
        storageAccountResourceId: item["storageAccountResourceId"],
        name: item["name"],
    };
}
function microsoftFabricDestinationArraySerializer(result) {
    return result.map((item) => {
        return microsoftFabricDestinationSerializer(item);
    });
}
function microsoftFabricDestinationArrayDeserializer(result) {
    return result.map((item) => {
        return microsoftFabricDestinationDeserializer(item);
    });
}
function microsoftFabricDestinationSerializer(item) {
    return {
        tenantId: item["tenantId"],
        artifactId: item["artifactId"],
        databaseName: item["databaseName"],
        ingestionUri: item["ingestionUri"],
        name: item["name"],
    };
}
function microsoftFabricDestinationDeserializer(item) {
    return {
        tenantId: item["tenantId"],
        artifactId: item["artifactId"],
        databaseName: item["databaseName"],
        ingestionUri: item["ingestionUri"],
        name: item["name"],
    };
}
function adxDestinationArraySerializer(result) {
    return result.map((item) => {
        return adxDestinationSerializer(item);
    });
}
function adxDestinationArrayDeserializer(result) {
    return result.map((item) => {
        return adxDestinationDeserializer(item);
    });
}
function adxDestinationSerializer(item) {
    return { resourceId: item["resourceId"], databaseName: item["databaseName"], name: item["name"] };
}
function adxDestinationDeserializer(item) {
    return {
        resourceId: item["resourceId"],
        databaseName: item["databaseName"],
        ingestionUri: item["ingestionUri"],
        name: item["name"],
    };
}
function azureMonitorMetricsDestinationSerializer(item) {
    return { name: item["name"] };
}
function azureMonitorMetricsDestinationDeserializer(item) {
    return {
        name: item["name"],
    };
}
function ingestionQuotasDeserializer(item) {
    return {
        logs: !item["logs"] ? item["logs"] : ingestionQuotasLogsDeserializer(item["logs"]),
    };
}
function ingestionQuotasLogsDeserializer(item) {
    return {
        maxSizePerMinuteInGB: item["maxSizePerMinuteInGB"],
        maxRequestsPerMinute: item["maxRequestsPerMinute"],
    };
}
function logsQuotaSpecDeserializer(item) {
    return {
        maxSizePerMinuteInGB: item["maxSizePerMinuteInGB"],
        maxRequestsPerMinute: item["maxRequestsPerMinute"],
    };
}
function dataCollectionRuleResourceArraySerializer(result) {
    return result.map((item) => {
        return dataCollectionRuleResourceSerializer(item);
    });
}
function dataCollectionRuleResourceArrayDeserializer(result) {
    return result.map((item) => {
        return dataCollectionRuleResourceDeserializer(item);
    });
}
function _dataCollectionEndpointResourcePropertiesSerializer(item) {
    return {
        description: item["description"],
        immutableId: item["immutableId"],
        configurationAccess: !item["configurationAccess"]
            ? item["configurationAccess"]
            : dataCollectionEndpointConfigurationAccessSerializer(item["configurationAccess"]),
        logsIngestion: !item["logsIngestion"]
            ? item["logsIngestion"]
            : dataCollectionEndpointLogsIngestionSerializer(item["logsIngestion"]),
        metricsIngestion: !item["metricsIngestion"]
            ? item["metricsIngestion"]
            : dataCollectionEndpointMetricsIngestionSerializer(item["metricsIngestion"]),
        networkAcls: !item["networkAcls"]
            ? item["networkAcls"]
            : dataCollectionEndpointNetworkAclsSerializer(item["networkAcls"]),
    };
}
function _dataCollectionEndpointResourcePropertiesDeserializer(item) {
    return {
        description: item["description"],
        immutableId: item["immutableId"],
        configurationAccess: !item["configurationAccess"]
            ? item["configurationAccess"]
            : dataCollectionEndpointConfigurationAccessDeserializer(item["configurationAccess"]),
        logsIngestion: !item["logsIngestion"]
            ? item["logsIngestion"]
            : dataCollectionEndpointLogsIngestionDeserializer(item["logsIngestion"]),
        metricsIngestion: !item["metricsIngestion"]
            ? item["metricsIngestion"]
            : dataCollectionEndpointMetricsIngestionDeserializer(item["metricsIngestion"]),
        networkAcls: !item["networkAcls"]
            ? item["networkAcls"]
            : dataCollectionEndpointNetworkAclsDeserializer(item["networkAcls"]),
        provisioningState: item["provisioningState"],
        privateLinkScopedResources: !item["privateLinkScopedResources"]
            ? item["privateLinkScopedResources"]
            : privateLinkScopedResourceArrayDeserializer(item["privateLinkScopedResources"]),
        failoverConfiguration: !item["failoverConfiguration"]
            ? item["failoverConfiguration"]
            : dataCollectionEndpointFailoverConfigurationDeserializer(item["failoverConfiguration"]),
        metadata: !item["metadata"]
            ? item["metadata"]
            : dataCollectionEndpointMetadataDeserializer(item["metadata"]),
    };
}
function _dataCollectionRuleAssociationProxyOnlyResourcePropertiesSerializer(item) {
    return {
        description: item["description"],
        dataCollectionRuleId: item["dataCollectionRuleId"],
        dataCollectionEndpointId: item["dataCollectionEndpointId"],
    };
}
function _dataCollectionRuleAssociationProxyOnlyResourcePropertiesDeserializer(item) {
    return {
        description: item["description"],
        dataCollectionRuleId: item["dataCollectionRuleId"],
        dataCollectionEndpointId: item["dataCollectionEndpointId"],
        provisioningState: item["provisioningState"],
        metadata: !item["metadata"]
            ? item["metadata"]
            : dataCollectionRuleAssociationMetadataDeserializer(item["metadata"]),
    };
}
function _dataCollectionRuleResourcePropertiesSerializer(item) {
    return {
        description: item["description"],
        dataCollectionEndpointId: item["dataCollectionEndpointId"],
        references: !item["references"]
            ? item["references"]
            : dataCollectionRuleReferencesSerializer(item["references"]),
        agentSettings: !item["agentSettings"]
            ? item["agentSettings"]
            : dataCollectionRuleAgentSettingsSerializer(item["agentSettings"]),
        streamDeclarations: !item["streamDeclarations"]
            ? item["streamDeclarations"]
            : streamDeclarationRecordSerializer(item["streamDeclarations"]),
        dataSources: !item["dataSources"]
            ? item["dataSources"]
            : dataCollectionRuleDataSourcesSerializer(item["dataSources"]),
        directDataSources: !item["directDataSources"]
            ? item["directDataSources"]
            : dataCollectionRuleDirectDataSourcesSerializer(item["directDataSources"]),
        destinations: !item["destinations"]
            ? item["destinations"]
            : dataCollectionRuleDestinationsSerializer(item["destinations"]),
        dataFlows: !item["dataFlows"] ? item["dataFlows"] : dataFlowArraySerializer(item["dataFlows"]),
    };
}
function _dataCollectionRuleResourcePropertiesDeserializer(item) {
    return {
        description: item["description"],
        immutableId: item["immutableId"],
        dataCollectionEndpointId: item["dataCollectionEndpointId"],
        metadata: !item["metadata"]
            ? item["metadata"]
            : dataCollectionRuleMetadataDeserializer(item["metadata"]),
        endpoints: !item["endpoints"]
            ? item["endpoints"]
            : dataCollectionRuleEndpointsDeserializer(item["endpoints"]),
        references: !item["references"]
            ? item["references"]
            : dataCollectionRuleReferencesDeserializer(item["references"]),
        agentSettings: !item["agentSettings"]
            ? item["agentSettings"]
            : dataCollectionRuleAgentSettingsDeserializer(item["agentSettings"]),
        streamDeclarations: !item["streamDeclarations"]
            ? item["streamDeclarations"]
            : streamDeclarationRecordDeserializer(item["streamDeclarations"]),
        dataSources: !item["dataSources"]
            ? item["dataSources"]
            : dataCollectionRuleDataSourcesDeserializer(item["dataSources"]),
        directDataSources: !item["directDataSources"]
            ? item["directDataSources"]
            : dataCollectionRuleDirectDataSourcesDeserializer(item["directDataSources"]),
        destinations: !item["destinations"]
            ? item["destinations"]
            : dataCollectionRuleDestinationsDeserializer(item["destinations"]),
        dataFlows: !item["dataFlows"]
            ? item["dataFlows"]
            : dataFlowArrayDeserializer(item["dataFlows"]),
        ingestionQuotas: !item["ingestionQuotas"]
            ? item["ingestionQuotas"]
            : dataCollectionRuleIngestionQuotasDeserializer(item["ingestionQuotas"]),
        provisioningState: item["provisioningState"],
    };
}
//# sourceMappingURL=models.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/models/privateLinkScopesApi/models.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/*
 * This file contains only generated model types and their (de)serializers.
 * Disable the following rules for internal models with '_' prefix and deserializers which require 'any' for raw JSON input.
 */
/* eslint-disable @typescript-eslint/naming-convention */
/* eslint-disable @typescript-eslint/explicit-module-boundary-types */


function privateLinkResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : privateLinkResourcePropertiesDeserializer(item["properties"]),
    };
}
function privateLinkResourceArrayDeserializer(result) {
    return result.map((item) => {
        return privateLinkResourceDeserializer(item);
    });
}
function privateEndpointConnectionSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, ["privateEndpoint", "privateLinkServiceConnectionState"])
            ? undefined
            : _privateEndpointConnectionPropertiesSerializer(item),
    };
}
function privateEndpointConnectionDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _privateEndpointConnectionPropertiesDeserializer(item["properties"])),
    };
}
function privateEndpointConnectionListResultDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : privateEndpointConnectionArrayDeserializer(item["value"]),
    };
}
function privateEndpointConnectionArraySerializer(result) {
    return result.map((item) => {
        return privateEndpointConnectionSerializer(item);
    });
}
function privateEndpointConnectionArrayDeserializer(result) {
    return result.map((item) => {
        return privateEndpointConnectionDeserializer(item);
    });
}
function azureMonitorPrivateLinkScopeSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: _azureMonitorPrivateLinkScopePropertiesSerializer(item),
    };
}
function azureMonitorPrivateLinkScopeDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ..._azureMonitorPrivateLinkScopePropertiesDeserializer(item["properties"]),
    };
}
function azureMonitorPrivateLinkScopePropertiesSerializer(item) {
    return { accessModeSettings: accessModeSettingsSerializer(item["accessModeSettings"]) };
}
function azureMonitorPrivateLinkScopePropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        privateEndpointConnections: !item["privateEndpointConnections"]
            ? item["privateEndpointConnections"]
            : privateEndpointConnectionArrayDeserializer(item["privateEndpointConnections"]),
        accessModeSettings: accessModeSettingsDeserializer(item["accessModeSettings"]),
    };
}
/** Current state of this PrivateLinkScope: whether or not is has been provisioned within the resource group it is defined. Users cannot change this value but are able to read from it. */
var KnownPrivateLinkScopeProvisioningState;
(function (KnownPrivateLinkScopeProvisioningState) {
    /** Succeeded */
    KnownPrivateLinkScopeProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownPrivateLinkScopeProvisioningState["Failed"] = "Failed";
    /** Deleting */
    KnownPrivateLinkScopeProvisioningState["Deleting"] = "Deleting";
    /** Canceled */
    KnownPrivateLinkScopeProvisioningState["Canceled"] = "Canceled";
})(KnownPrivateLinkScopeProvisioningState || (KnownPrivateLinkScopeProvisioningState = {}));
function accessModeSettingsSerializer(item) {
    return {
        queryAccessMode: item["queryAccessMode"],
        ingestionAccessMode: item["ingestionAccessMode"],
        exclusions: !item["exclusions"]
            ? item["exclusions"]
            : accessModeSettingsExclusionArraySerializer(item["exclusions"]),
    };
}
function accessModeSettingsDeserializer(item) {
    return {
        queryAccessMode: item["queryAccessMode"],
        ingestionAccessMode: item["ingestionAccessMode"],
        exclusions: !item["exclusions"]
            ? item["exclusions"]
            : accessModeSettingsExclusionArrayDeserializer(item["exclusions"]),
    };
}
/** Access mode types. */
var KnownAccessMode;
(function (KnownAccessMode) {
    /** Open */
    KnownAccessMode["Open"] = "Open";
    /** PrivateOnly */
    KnownAccessMode["PrivateOnly"] = "PrivateOnly";
})(KnownAccessMode || (KnownAccessMode = {}));
function accessModeSettingsExclusionArraySerializer(result) {
    return result.map((item) => {
        return accessModeSettingsExclusionSerializer(item);
    });
}
function accessModeSettingsExclusionArrayDeserializer(result) {
    return result.map((item) => {
        return accessModeSettingsExclusionDeserializer(item);
    });
}
function accessModeSettingsExclusionSerializer(item) {
    return {
        privateEndpointConnectionName: item["privateEndpointConnectionName"],
        queryAccessMode: item["queryAccessMode"],
        ingestionAccessMode: item["ingestionAccessMode"],
    };
}
function accessModeSettingsExclusionDeserializer(item) {
    return {
        privateEndpointConnectionName: item["privateEndpointConnectionName"],
        queryAccessMode: item["queryAccessMode"],
        ingestionAccessMode: item["ingestionAccessMode"],
    };
}
function tagsResourceSerializer(item) {
    return { tags: item["tags"] };
}
function azureMonitorPrivateLinkScopeArraySerializer(result) {
    return result.map((item) => {
        return azureMonitorPrivateLinkScopeSerializer(item);
    });
}
function azureMonitorPrivateLinkScopeArrayDeserializer(result) {
    return result.map((item) => {
        return azureMonitorPrivateLinkScopeDeserializer(item);
    });
}
function scopedResourceSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, ["kind", "linkedResourceId", "subscriptionLocation"])
            ? undefined
            : _scopedResourcePropertiesSerializer(item),
    };
}
function scopedResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _scopedResourcePropertiesDeserializer(item["properties"])),
    };
}
function scopedResourcePropertiesSerializer(item) {
    return {
        kind: item["kind"],
        linkedResourceId: item["linkedResourceId"],
        subscriptionLocation: item["subscriptionLocation"],
    };
}
function scopedResourcePropertiesDeserializer(item) {
    return {
        kind: item["kind"],
        linkedResourceId: item["linkedResourceId"],
        subscriptionLocation: item["subscriptionLocation"],
        provisioningState: item["provisioningState"],
    };
}
/** The kind of scoped Azure monitor resource. */
var KnownScopedResourceKind;
(function (KnownScopedResourceKind) {
    /** Resource */
    KnownScopedResourceKind["Resource"] = "Resource";
    /** Metrics */
    KnownScopedResourceKind["Metrics"] = "Metrics";
})(KnownScopedResourceKind || (KnownScopedResourceKind = {}));
/** State of the Azure monitor resource. */
var KnownScopedResourceProvisioningState;
(function (KnownScopedResourceProvisioningState) {
    /** Succeeded */
    KnownScopedResourceProvisioningState["Succeeded"] = "Succeeded";
    /** Provisioning */
    KnownScopedResourceProvisioningState["Provisioning"] = "Provisioning";
    /** Failed */
    KnownScopedResourceProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownScopedResourceProvisioningState["Canceled"] = "Canceled";
})(KnownScopedResourceProvisioningState || (KnownScopedResourceProvisioningState = {}));
function scopedResourceArraySerializer(result) {
    return result.map((item) => {
        return scopedResourceSerializer(item);
    });
}
function scopedResourceArrayDeserializer(result) {
    return result.map((item) => {
        return scopedResourceDeserializer(item);
    });
}
function operationStatusDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        startTime: !item["startTime"] ? item["startTime"] : new Date(item["startTime"]),
        endTime: !item["endTime"] ? item["endTime"] : new Date(item["endTime"]),
        status: item["status"],
        error: !item["error"] ? item["error"] : armErrorDetailDeserializer(item["error"]),
    };
}
function _azureMonitorPrivateLinkScopePropertiesSerializer(item) {
    return { accessModeSettings: accessModeSettingsSerializer(item["accessModeSettings"]) };
}
function _azureMonitorPrivateLinkScopePropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        privateEndpointConnections: !item["privateEndpointConnections"]
            ? item["privateEndpointConnections"]
            : privateEndpointConnectionArrayDeserializer(item["privateEndpointConnections"]),
        accessModeSettings: accessModeSettingsDeserializer(item["accessModeSettings"]),
    };
}
function _scopedResourcePropertiesSerializer(item) {
    return {
        kind: item["kind"],
        linkedResourceId: item["linkedResourceId"],
        subscriptionLocation: item["subscriptionLocation"],
    };
}
function _scopedResourcePropertiesDeserializer(item) {
    return {
        kind: item["kind"],
        linkedResourceId: item["linkedResourceId"],
        subscriptionLocation: item["subscriptionLocation"],
        provisioningState: item["provisioningState"],
    };
}
//# sourceMappingURL=models.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/models/models.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function armErrorResponseDeserializer(item) {
    return {
        error: !item["error"] ? item["error"] : armErrorDetailDeserializer(item["error"]),
    };
}
function armErrorDetailDeserializer(item) {
    return {
        code: item["code"],
        message: item["message"],
        target: item["target"],
        details: !item["details"] ? item["details"] : armErrorDetailArrayDeserializer(item["details"]),
        additionalInfo: !item["additionalInfo"]
            ? item["additionalInfo"]
            : errorAdditionalInfoArrayDeserializer(item["additionalInfo"]),
    };
}
function armErrorDetailArrayDeserializer(result) {
    return result.map((item) => {
        return armErrorDetailDeserializer(item);
    });
}
function errorAdditionalInfoArrayDeserializer(result) {
    return result.map((item) => {
        return errorAdditionalInfoDeserializer(item);
    });
}
function errorAdditionalInfoDeserializer(item) {
    return {
        type: item["type"],
        info: item["info"],
    };
}
function privateLinkResourcePropertiesDeserializer(item) {
    return {
        groupId: item["groupId"],
        requiredMembers: !item["requiredMembers"]
            ? item["requiredMembers"]
            : item["requiredMembers"].map((p) => {
                return p;
            }),
        requiredZoneNames: !item["requiredZoneNames"]
            ? item["requiredZoneNames"]
            : item["requiredZoneNames"].map((p) => {
                return p;
            }),
    };
}
function resourceSerializer(_item) {
    return {};
}
function resourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
    };
}
function systemDataDeserializer(item) {
    return {
        createdBy: item["createdBy"],
        createdByType: item["createdByType"],
        createdAt: !item["createdAt"] ? item["createdAt"] : new Date(item["createdAt"]),
        lastModifiedBy: item["lastModifiedBy"],
        lastModifiedByType: item["lastModifiedByType"],
        lastModifiedAt: !item["lastModifiedAt"]
            ? item["lastModifiedAt"]
            : new Date(item["lastModifiedAt"]),
    };
}
/** The kind of entity that created the resource. */
var KnownCreatedByType;
(function (KnownCreatedByType) {
    /** The entity was created by a user. */
    KnownCreatedByType["User"] = "User";
    /** The entity was created by an application. */
    KnownCreatedByType["Application"] = "Application";
    /** The entity was created by a managed identity. */
    KnownCreatedByType["ManagedIdentity"] = "ManagedIdentity";
    /** The entity was created by a key. */
    KnownCreatedByType["Key"] = "Key";
})(KnownCreatedByType || (KnownCreatedByType = {}));
function privateLinkResourceListResultDeserializer(item) {
    return {
        value: privateLinkResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function privateEndpointConnectionPropertiesSerializer(item) {
    return {
        privateEndpoint: !item["privateEndpoint"]
            ? item["privateEndpoint"]
            : privateEndpointSerializer(item["privateEndpoint"]),
        privateLinkServiceConnectionState: privateLinkServiceConnectionStateSerializer(item["privateLinkServiceConnectionState"]),
    };
}
function privateEndpointConnectionPropertiesDeserializer(item) {
    return {
        groupIds: !item["groupIds"]
            ? item["groupIds"]
            : item["groupIds"].map((p) => {
                return p;
            }),
        privateEndpoint: !item["privateEndpoint"]
            ? item["privateEndpoint"]
            : privateEndpointDeserializer(item["privateEndpoint"]),
        privateLinkServiceConnectionState: privateLinkServiceConnectionStateDeserializer(item["privateLinkServiceConnectionState"]),
        provisioningState: item["provisioningState"],
    };
}
function privateEndpointSerializer(_item) {
    return {};
}
function privateEndpointDeserializer(item) {
    return {
        id: item["id"],
    };
}
function privateLinkServiceConnectionStateSerializer(item) {
    return {
        status: item["status"],
        description: item["description"],
        actionsRequired: item["actionsRequired"],
    };
}
function privateLinkServiceConnectionStateDeserializer(item) {
    return {
        status: item["status"],
        description: item["description"],
        actionsRequired: item["actionsRequired"],
    };
}
/** The private endpoint connection status. */
var KnownPrivateEndpointServiceConnectionStatus;
(function (KnownPrivateEndpointServiceConnectionStatus) {
    /** Connection waiting for approval or rejection */
    KnownPrivateEndpointServiceConnectionStatus["Pending"] = "Pending";
    /** Connection approved */
    KnownPrivateEndpointServiceConnectionStatus["Approved"] = "Approved";
    /** Connection Rejected */
    KnownPrivateEndpointServiceConnectionStatus["Rejected"] = "Rejected";
})(KnownPrivateEndpointServiceConnectionStatus || (KnownPrivateEndpointServiceConnectionStatus = {}));
/** The current provisioning state. */
var KnownPrivateEndpointConnectionProvisioningState;
(function (KnownPrivateEndpointConnectionProvisioningState) {
    /** Connection has been provisioned */
    KnownPrivateEndpointConnectionProvisioningState["Succeeded"] = "Succeeded";
    /** Connection is being created */
    KnownPrivateEndpointConnectionProvisioningState["Creating"] = "Creating";
    /** Connection is being deleted */
    KnownPrivateEndpointConnectionProvisioningState["Deleting"] = "Deleting";
    /** Connection provisioning has failed */
    KnownPrivateEndpointConnectionProvisioningState["Failed"] = "Failed";
})(KnownPrivateEndpointConnectionProvisioningState || (KnownPrivateEndpointConnectionProvisioningState = {}));
function skuSerializer(item) {
    return {
        name: item["name"],
        tier: item["tier"],
        size: item["size"],
        family: item["family"],
        capacity: item["capacity"],
    };
}
function skuDeserializer(item) {
    return {
        name: item["name"],
        tier: item["tier"],
        size: item["size"],
        family: item["family"],
        capacity: item["capacity"],
    };
}
function managedServiceIdentitySerializer(item) {
    return { type: item["type"], userAssignedIdentities: item["userAssignedIdentities"] };
}
function managedServiceIdentityDeserializer(item) {
    return {
        principalId: item["principalId"],
        tenantId: item["tenantId"],
        type: item["type"],
        userAssignedIdentities: !item["userAssignedIdentities"]
            ? item["userAssignedIdentities"]
            : Object.fromEntries(Object.entries(item["userAssignedIdentities"]).map(([k, p]) => [
                k,
                !p ? p : userAssignedIdentityDeserializer(p),
            ])),
    };
}
/** Type of managed service identity (where both SystemAssigned and UserAssigned types are allowed). */
var KnownManagedServiceIdentityType;
(function (KnownManagedServiceIdentityType) {
    /** No managed identity. */
    KnownManagedServiceIdentityType["None"] = "None";
    /** System assigned managed identity. */
    KnownManagedServiceIdentityType["SystemAssigned"] = "SystemAssigned";
    /** User assigned managed identity. */
    KnownManagedServiceIdentityType["UserAssigned"] = "UserAssigned";
    /** System and user assigned managed identity. */
    KnownManagedServiceIdentityType["SystemAssignedUserAssigned"] = "SystemAssigned,UserAssigned";
})(KnownManagedServiceIdentityType || (KnownManagedServiceIdentityType = {}));
function userAssignedIdentitySerializer(_item) {
    return {};
}
function userAssignedIdentityDeserializer(item) {
    return {
        principalId: item["principalId"],
        clientId: item["clientId"],
    };
}
function trackedResourceSerializer(item) {
    return { tags: item["tags"], location: item["location"] };
}
function trackedResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
    };
}
function _dataCollectionEndpointResourceListResultDeserializer(item) {
    return {
        value: dataCollectionEndpointResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function networkSecurityPerimeterConfigurationDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : networkSecurityPerimeterConfigurationPropertiesDeserializer(item["properties"]),
    };
}
function networkSecurityPerimeterConfigurationPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        provisioningIssues: !item["provisioningIssues"]
            ? item["provisioningIssues"]
            : provisioningIssueArrayDeserializer(item["provisioningIssues"]),
        networkSecurityPerimeter: !item["networkSecurityPerimeter"]
            ? item["networkSecurityPerimeter"]
            : networkSecurityPerimeterDeserializer(item["networkSecurityPerimeter"]),
        resourceAssociation: !item["resourceAssociation"]
            ? item["resourceAssociation"]
            : resourceAssociationDeserializer(item["resourceAssociation"]),
        profile: !item["profile"]
            ? item["profile"]
            : networkSecurityProfileDeserializer(item["profile"]),
    };
}
/** Provisioning state of a network security perimeter configuration that is being created or updated. */
var KnownNetworkSecurityPerimeterConfigurationProvisioningState;
(function (KnownNetworkSecurityPerimeterConfigurationProvisioningState) {
    /** The configuration was provisioned successfully. */
    KnownNetworkSecurityPerimeterConfigurationProvisioningState["Succeeded"] = "Succeeded";
    /** The configuration is being created. */
    KnownNetworkSecurityPerimeterConfigurationProvisioningState["Creating"] = "Creating";
    /** The configuration is being updated. */
    KnownNetworkSecurityPerimeterConfigurationProvisioningState["Updating"] = "Updating";
    /** The configuration is being deleted. */
    KnownNetworkSecurityPerimeterConfigurationProvisioningState["Deleting"] = "Deleting";
    /** The configuration request was accepted and provisioning has not started yet. */
    KnownNetworkSecurityPerimeterConfigurationProvisioningState["Accepted"] = "Accepted";
    /** The configuration failed to provision. */
    KnownNetworkSecurityPerimeterConfigurationProvisioningState["Failed"] = "Failed";
    /** The configuration provisioning was canceled. */
    KnownNetworkSecurityPerimeterConfigurationProvisioningState["Canceled"] = "Canceled";
})(KnownNetworkSecurityPerimeterConfigurationProvisioningState || (KnownNetworkSecurityPerimeterConfigurationProvisioningState = {}));
function provisioningIssueArrayDeserializer(result) {
    return result.map((item) => {
        return provisioningIssueDeserializer(item);
    });
}
function provisioningIssueDeserializer(item) {
    return {
        name: item["name"],
        properties: !item["properties"]
            ? item["properties"]
            : provisioningIssuePropertiesDeserializer(item["properties"]),
    };
}
function provisioningIssuePropertiesDeserializer(item) {
    return {
        issueType: item["issueType"],
        severity: item["severity"],
        description: item["description"],
        suggestedResourceIds: !item["suggestedResourceIds"]
            ? item["suggestedResourceIds"]
            : item["suggestedResourceIds"].map((p) => {
                return p;
            }),
        suggestedAccessRules: !item["suggestedAccessRules"]
            ? item["suggestedAccessRules"]
            : accessRuleArrayDeserializer(item["suggestedAccessRules"]),
    };
}
/** Type of issue */
var KnownIssueType;
(function (KnownIssueType) {
    /** Unknown issue type */
    KnownIssueType["Unknown"] = "Unknown";
    /** An error occurred while applying the network security perimeter (NSP) configuration. */
    KnownIssueType["ConfigurationPropagationFailure"] = "ConfigurationPropagationFailure";
    /** A network connectivity issue is happening on the resource which could be addressed either by adding new resources to the network security perimeter (NSP) or by modifying access rules. */
    KnownIssueType["MissingPerimeterConfiguration"] = "MissingPerimeterConfiguration";
    /** An managed identity hasn't been associated with the resource. The resource will still be able to validate inbound traffic from the network security perimeter (NSP) or matching inbound access rules, but it won't be able to perform outbound access as a member of the NSP. */
    KnownIssueType["MissingIdentityConfiguration"] = "MissingIdentityConfiguration";
})(KnownIssueType || (KnownIssueType = {}));
/** Severity of the issue. */
var KnownSeverity;
(function (KnownSeverity) {
    /** The issue is a warning and does not prevent the configuration from being applied. */
    KnownSeverity["Warning"] = "Warning";
    /** The issue is an error and prevents the configuration from being applied. */
    KnownSeverity["Error"] = "Error";
})(KnownSeverity || (KnownSeverity = {}));
function accessRuleArrayDeserializer(result) {
    return result.map((item) => {
        return accessRuleDeserializer(item);
    });
}
function accessRuleDeserializer(item) {
    return {
        name: item["name"],
        properties: !item["properties"]
            ? item["properties"]
            : accessRulePropertiesDeserializer(item["properties"]),
    };
}
function accessRulePropertiesDeserializer(item) {
    return {
        direction: item["direction"],
        addressPrefixes: !item["addressPrefixes"]
            ? item["addressPrefixes"]
            : item["addressPrefixes"].map((p) => {
                return p;
            }),
        subscriptions: !item["subscriptions"]
            ? item["subscriptions"]
            : _accessRulePropertiesSubscriptionArrayDeserializer(item["subscriptions"]),
        networkSecurityPerimeters: !item["networkSecurityPerimeters"]
            ? item["networkSecurityPerimeters"]
            : networkSecurityPerimeterArrayDeserializer(item["networkSecurityPerimeters"]),
        fullyQualifiedDomainNames: !item["fullyQualifiedDomainNames"]
            ? item["fullyQualifiedDomainNames"]
            : item["fullyQualifiedDomainNames"].map((p) => {
                return p;
            }),
        emailAddresses: !item["emailAddresses"]
            ? item["emailAddresses"]
            : item["emailAddresses"].map((p) => {
                return p;
            }),
        phoneNumbers: !item["phoneNumbers"]
            ? item["phoneNumbers"]
            : item["phoneNumbers"].map((p) => {
                return p;
            }),
    };
}
/** Direction of Access Rule */
var KnownAccessRuleDirection;
(function (KnownAccessRuleDirection) {
    /** Applies to inbound network traffic to the secured resources. */
    KnownAccessRuleDirection["Inbound"] = "Inbound";
    /** Applies to outbound network traffic from the secured resources */
    KnownAccessRuleDirection["Outbound"] = "Outbound";
})(KnownAccessRuleDirection || (KnownAccessRuleDirection = {}));
function _accessRulePropertiesSubscriptionArrayDeserializer(result) {
    return result.map((item) => {
        return _accessRulePropertiesSubscriptionDeserializer(item);
    });
}
function _accessRulePropertiesSubscriptionDeserializer(item) {
    return {
        id: item["id"],
    };
}
function networkSecurityPerimeterArrayDeserializer(result) {
    return result.map((item) => {
        return networkSecurityPerimeterDeserializer(item);
    });
}
function networkSecurityPerimeterDeserializer(item) {
    return {
        id: item["id"],
        perimeterGuid: item["perimeterGuid"],
        location: item["location"],
    };
}
function resourceAssociationDeserializer(item) {
    return {
        name: item["name"],
        accessMode: item["accessMode"],
    };
}
/** Access mode of the resource association */
var KnownResourceAssociationAccessMode;
(function (KnownResourceAssociationAccessMode) {
    /** Enforced access mode - traffic to the resource that failed access checks is blocked */
    KnownResourceAssociationAccessMode["Enforced"] = "Enforced";
    /** Learning access mode - traffic to the resource is enabled for analysis but not blocked */
    KnownResourceAssociationAccessMode["Learning"] = "Learning";
    /** Audit access mode - traffic to the resource that fails access checks is logged but not blocked */
    KnownResourceAssociationAccessMode["Audit"] = "Audit";
})(KnownResourceAssociationAccessMode || (KnownResourceAssociationAccessMode = {}));
function networkSecurityProfileDeserializer(item) {
    return {
        name: item["name"],
        accessRulesVersion: item["accessRulesVersion"],
        accessRules: !item["accessRules"]
            ? item["accessRules"]
            : accessRuleArrayDeserializer(item["accessRules"]),
        diagnosticSettingsVersion: item["diagnosticSettingsVersion"],
        enabledLogCategories: !item["enabledLogCategories"]
            ? item["enabledLogCategories"]
            : item["enabledLogCategories"].map((p) => {
                return p;
            }),
    };
}
function proxyResourceSerializer(_item) {
    return {};
}
function proxyResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
    };
}
function _networkSecurityPerimeterConfigurationListResultDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : networkSecurityPerimeterConfigurationArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function networkSecurityPerimeterConfigurationArrayDeserializer(result) {
    return result.map((item) => {
        return networkSecurityPerimeterConfigurationDeserializer(item);
    });
}
function _dataCollectionRuleAssociationProxyOnlyResourceListResultDeserializer(item) {
    return {
        value: dataCollectionRuleAssociationProxyOnlyResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function extensionResourceSerializer(_item) {
    return {};
}
function extensionResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
    };
}
function _dataCollectionRuleResourceListResultDeserializer(item) {
    return {
        value: dataCollectionRuleResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function _azureMonitorPrivateLinkScopeListResultDeserializer(item) {
    return {
        value: azureMonitorPrivateLinkScopeArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function _scopedResourceListResultDeserializer(item) {
    return {
        value: scopedResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function _privateEndpointConnectionPropertiesSerializer(item) {
    return {
        privateEndpoint: !item["privateEndpoint"]
            ? item["privateEndpoint"]
            : privateEndpointSerializer(item["privateEndpoint"]),
        privateLinkServiceConnectionState: !item["privateLinkServiceConnectionState"]
            ? item["privateLinkServiceConnectionState"]
            : privateLinkServiceConnectionStateSerializer(item["privateLinkServiceConnectionState"]),
    };
}
function _privateEndpointConnectionPropertiesDeserializer(item) {
    return {
        groupIds: !item["groupIds"]
            ? item["groupIds"]
            : item["groupIds"].map((p) => {
                return p;
            }),
        privateEndpoint: !item["privateEndpoint"]
            ? item["privateEndpoint"]
            : privateEndpointDeserializer(item["privateEndpoint"]),
        privateLinkServiceConnectionState: !item["privateLinkServiceConnectionState"]
            ? item["privateLinkServiceConnectionState"]
            : privateLinkServiceConnectionStateDeserializer(item["privateLinkServiceConnectionState"]),
        provisioningState: item["provisioningState"],
    };
}
//# sourceMappingURL=models.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/models/microsoft/common/models.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function models_emailReceiverArraySerializer(result) {
    return result.map((item) => {
        return emailReceiverSerializer(item);
    });
}
function models_emailReceiverArrayDeserializer(result) {
    return result.map((item) => {
        return emailReceiverDeserializer(item);
    });
}
function emailReceiverSerializer(item) {
    return {
        name: item["name"],
        emailAddress: item["emailAddress"],
        useCommonAlertSchema: item["useCommonAlertSchema"],
    };
}
function emailReceiverDeserializer(item) {
    return {
        name: item["name"],
        emailAddress: item["emailAddress"],
        useCommonAlertSchema: item["useCommonAlertSchema"],
        status: item["status"],
    };
}
function models_smsReceiverArraySerializer(result) {
    return result.map((item) => {
        return smsReceiverSerializer(item);
    });
}
function models_smsReceiverArrayDeserializer(result) {
    return result.map((item) => {
        return smsReceiverDeserializer(item);
    });
}
function smsReceiverSerializer(item) {
    return { name: item["name"], countryCode: item["countryCode"], phoneNumber: item["phoneNumber"] };
}
function smsReceiverDeserializer(item) {
    return {
        name: item["name"],
        countryCode: item["countryCode"],
        phoneNumber: item["phoneNumber"],
        status: item["status"],
    };
}
function models_azureAppPushReceiverArraySerializer(result) {
    return result.map((item) => {
        return azureAppPushReceiverSerializer(item);
    });
}
function models_azureAppPushReceiverArrayDeserializer(result) {
    return result.map((item) => {
        return azureAppPushReceiverDeserializer(item);
    });
}
function azureAppPushReceiverSerializer(item) {
    return { name: item["name"], emailAddress: item["emailAddress"] };
}
function azureAppPushReceiverDeserializer(item) {
    return {
        name: item["name"],
        emailAddress: item["emailAddress"],
    };
}
function models_voiceReceiverArraySerializer(result) {
    return result.map((item) => {
        return voiceReceiverSerializer(item);
    });
}
function models_voiceReceiverArrayDeserializer(result) {
    return result.map((item) => {
        return voiceReceiverDeserializer(item);
    });
}
function voiceReceiverSerializer(item) {
    return { name: item["name"], countryCode: item["countryCode"], phoneNumber: item["phoneNumber"] };
}
function voiceReceiverDeserializer(item) {
    return {
        name: item["name"],
        countryCode: item["countryCode"],
        phoneNumber: item["phoneNumber"],
    };
}
function contextDeserializer(item) {
    return {
        notificationSource: item["notificationSource"],
        contextType: item["contextType"],
    };
}
function errorResponseDeserializer(item) {
    return {
        code: item["code"],
        message: item["message"],
    };
}
function localizableStringDeserializer(item) {
    return {
        value: item["value"],
        localizedValue: item["localizedValue"],
    };
}
function localizableStringArrayDeserializer(result) {
    return result.map((item) => {
        return localizableStringDeserializer(item);
    });
}
function errorContractDeserializer(item) {
    return {
        error: !item["error"] ? item["error"] : commonErrorResponseDeserializer(item["error"]),
    };
}
function commonErrorResponseDeserializer(item) {
    return {
        code: item["code"],
        message: item["message"],
        target: item["target"],
        details: !item["details"]
            ? item["details"]
            : commonErrorResponseArrayDeserializer(item["details"]),
        additionalInfo: !item["additionalInfo"]
            ? item["additionalInfo"]
            : errorAdditionalInfoArrayDeserializer(item["additionalInfo"]),
    };
}
function commonErrorResponseArrayDeserializer(result) {
    return result.map((item) => {
        return commonErrorResponseDeserializer(item);
    });
}
function models_retentionPolicySerializer(item) {
    return { enabled: item["enabled"], days: item["days"] };
}
function models_retentionPolicyDeserializer(item) {
    return {
        enabled: item["enabled"],
        days: item["days"],
    };
}
/** Specifies the type of threshold criteria. Previously undocumented values might be returned */
var KnownCriterionType;
(function (KnownCriterionType) {
    /** StaticThresholdCriterion */
    KnownCriterionType["StaticThresholdCriterion"] = "StaticThresholdCriterion";
    /** DynamicThresholdCriterion */
    KnownCriterionType["DynamicThresholdCriterion"] = "DynamicThresholdCriterion";
})(KnownCriterionType || (KnownCriterionType = {}));
function identitySerializer(item) {
    return {
        type: item["type"],
        userAssignedIdentities: !item["userAssignedIdentities"]
            ? item["userAssignedIdentities"]
            : userIdentityPropertiesRecordSerializer(item["userAssignedIdentities"]),
    };
}
function identityDeserializer(item) {
    return {
        principalId: item["principalId"],
        tenantId: item["tenantId"],
        type: item["type"],
        userAssignedIdentities: !item["userAssignedIdentities"]
            ? item["userAssignedIdentities"]
            : userIdentityPropertiesRecordDeserializer(item["userAssignedIdentities"]),
    };
}
function userIdentityPropertiesRecordSerializer(item) {
    const result = {};
    Object.keys(item).map((key) => {
        result[key] = !item[key] ? item[key] : userIdentityPropertiesSerializer(item[key]);
    });
    return result;
}
function userIdentityPropertiesRecordDeserializer(item) {
    const result = {};
    Object.keys(item).map((key) => {
        result[key] = !item[key] ? item[key] : userIdentityPropertiesDeserializer(item[key]);
    });
    return result;
}
function userIdentityPropertiesSerializer(_item) {
    return {};
}
function userIdentityPropertiesDeserializer(item) {
    return {
        principalId: item["principalId"],
        clientId: item["clientId"],
    };
}
function errorResponseErrorDeserializer(item) {
    return {
        code: item["code"],
        message: item["message"],
        target: item["target"],
        details: !item["details"] ? item["details"] : errorDetailArrayDeserializer(item["details"]),
        additionalInfo: !item["additionalInfo"]
            ? item["additionalInfo"]
            : errorResponseErrorAdditionalInfoItemArrayDeserializer(item["additionalInfo"]),
    };
}
function errorDetailArrayDeserializer(result) {
    return result.map((item) => {
        return errorDetailDeserializer(item);
    });
}
function errorDetailDeserializer(item) {
    return {
        code: item["code"],
        message: item["message"],
        target: item["target"],
        additionalInfo: !item["additionalInfo"]
            ? item["additionalInfo"]
            : errorDetailAdditionalInfoItemArrayDeserializer(item["additionalInfo"]),
    };
}
function errorDetailAdditionalInfoItemArrayDeserializer(result) {
    return result.map((item) => {
        return errorDetailAdditionalInfoItemDeserializer(item);
    });
}
function errorDetailAdditionalInfoItemDeserializer(item) {
    return {
        type: item["type"],
        info: !item["info"]
            ? item["info"]
            : Object.fromEntries(Object.entries(item["info"]).map(([k, p]) => [k, p])),
    };
}
function errorResponseErrorAdditionalInfoItemArrayDeserializer(result) {
    return result.map((item) => {
        return errorResponseErrorAdditionalInfoItemDeserializer(item);
    });
}
function errorResponseErrorAdditionalInfoItemDeserializer(item) {
    return {
        type: item["type"],
        info: !item["info"]
            ? item["info"]
            : Object.fromEntries(Object.entries(item["info"]).map(([k, p]) => [k, p])),
    };
}
function actionGroupPatchSerializer(item) {
    return { enabled: item["enabled"] };
}
function _actionGroupPatchBodyPropertiesSerializer(item) {
    return { enabled: item["enabled"] };
}
function _tenantActionGroupPatchBodyPropertiesSerializer(item) {
    return { enabled: item["enabled"] };
}
//# sourceMappingURL=models.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/models/tenantActionGroups/models.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/*
 * This file contains only generated model types and their (de)serializers.
 * Disable the following rules for internal models with '_' prefix and deserializers which require 'any' for raw JSON input.
 */
/* eslint-disable @typescript-eslint/naming-convention */
/* eslint-disable @typescript-eslint/explicit-module-boundary-types */



function tenantNotificationRequestBodySerializer(item) {
    return {
        alertType: item["alertType"],
        emailReceivers: !item["emailReceivers"]
            ? item["emailReceivers"]
            : models_emailReceiverArraySerializer(item["emailReceivers"]),
        smsReceivers: !item["smsReceivers"]
            ? item["smsReceivers"]
            : models_smsReceiverArraySerializer(item["smsReceivers"]),
        webhookReceivers: !item["webhookReceivers"]
            ? item["webhookReceivers"]
            : tenantActionGroupWebhookReceiverArraySerializer(item["webhookReceivers"]),
        azureAppPushReceivers: !item["azureAppPushReceivers"]
            ? item["azureAppPushReceivers"]
            : models_azureAppPushReceiverArraySerializer(item["azureAppPushReceivers"]),
        voiceReceivers: !item["voiceReceivers"]
            ? item["voiceReceivers"]
            : models_voiceReceiverArraySerializer(item["voiceReceivers"]),
    };
}
function tenantActionGroupWebhookReceiverArraySerializer(result) {
    return result.map((item) => {
        return tenantActionGroupWebhookReceiverSerializer(item);
    });
}
function tenantActionGroupWebhookReceiverArrayDeserializer(result) {
    return result.map((item) => {
        return tenantActionGroupWebhookReceiverDeserializer(item);
    });
}
function tenantActionGroupWebhookReceiverSerializer(item) {
    return {
        name: item["name"],
        serviceUri: item["serviceUri"],
        useCommonAlertSchema: item["useCommonAlertSchema"],
        useAadAuth: item["useAadAuth"],
        objectId: item["objectId"],
        identifierUri: item["identifierUri"],
        tenantId: item["tenantId"],
    };
}
function tenantActionGroupWebhookReceiverDeserializer(item) {
    return {
        name: item["name"],
        serviceUri: item["serviceUri"],
        useCommonAlertSchema: item["useCommonAlertSchema"],
        useAadAuth: item["useAadAuth"],
        objectId: item["objectId"],
        identifierUri: item["identifierUri"],
        tenantId: item["tenantId"],
    };
}
function tenantActionGroupTestNotificationDetailsResponseDeserializer(item) {
    return {
        context: !item["context"] ? item["context"] : contextDeserializer(item["context"]),
        state: item["state"],
        completedTime: item["completedTime"],
        createdTime: item["createdTime"],
        actionDetails: !item["actionDetails"]
            ? item["actionDetails"]
            : tenantActionGroupActionDetailArrayDeserializer(item["actionDetails"]),
    };
}
function tenantActionGroupActionDetailArrayDeserializer(result) {
    return result.map((item) => {
        return tenantActionGroupActionDetailDeserializer(item);
    });
}
function tenantActionGroupActionDetailDeserializer(item) {
    return {
        mechanismType: item["mechanismType"],
        name: item["name"],
        status: item["status"],
        subState: item["subState"],
        sendTime: item["sendTime"],
        message: item["message"],
    };
}
function tenantActionGroupResourceSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: areAllPropsUndefined(item, [
            "groupShortName",
            "enabled",
            "emailReceivers",
            "smsReceivers",
            "webhookReceivers",
            "azureAppPushReceivers",
            "voiceReceivers",
        ])
            ? undefined
            : _tenantActionGroupResourcePropertiesSerializer(item),
    };
}
function tenantActionGroupResourceDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _tenantActionGroupResourcePropertiesDeserializer(item["properties"])),
    };
}
function tenantActionGroupSerializer(item) {
    return {
        groupShortName: item["groupShortName"],
        enabled: item["enabled"],
        emailReceivers: !item["emailReceivers"]
            ? item["emailReceivers"]
            : emailReceiverArraySerializer(item["emailReceivers"]),
        smsReceivers: !item["smsReceivers"]
            ? item["smsReceivers"]
            : smsReceiverArraySerializer(item["smsReceivers"]),
        webhookReceivers: !item["webhookReceivers"]
            ? item["webhookReceivers"]
            : tenantActionGroupWebhookReceiverArraySerializer(item["webhookReceivers"]),
        azureAppPushReceivers: !item["azureAppPushReceivers"]
            ? item["azureAppPushReceivers"]
            : azureAppPushReceiverArraySerializer(item["azureAppPushReceivers"]),
        voiceReceivers: !item["voiceReceivers"]
            ? item["voiceReceivers"]
            : voiceReceiverArraySerializer(item["voiceReceivers"]),
    };
}
function tenantActionGroupDeserializer(item) {
    return {
        groupShortName: item["groupShortName"],
        enabled: item["enabled"],
        emailReceivers: !item["emailReceivers"]
            ? item["emailReceivers"]
            : emailReceiverArrayDeserializer(item["emailReceivers"]),
        smsReceivers: !item["smsReceivers"]
            ? item["smsReceivers"]
            : smsReceiverArrayDeserializer(item["smsReceivers"]),
        webhookReceivers: !item["webhookReceivers"]
            ? item["webhookReceivers"]
            : tenantActionGroupWebhookReceiverArrayDeserializer(item["webhookReceivers"]),
        azureAppPushReceivers: !item["azureAppPushReceivers"]
            ? item["azureAppPushReceivers"]
            : azureAppPushReceiverArrayDeserializer(item["azureAppPushReceivers"]),
        voiceReceivers: !item["voiceReceivers"]
            ? item["voiceReceivers"]
            : voiceReceiverArrayDeserializer(item["voiceReceivers"]),
    };
}
function tenantActionGroupPatchBodySerializer(item) {
    return {
        tags: item["tags"],
        properties: areAllPropsUndefined(item, ["enabled"])
            ? undefined
            : _tenantActionGroupPatchBodyPropertiesSerializer(item),
    };
}
function _tenantActionGroupListDeserializer(item) {
    return {
        value: tenantActionGroupResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function tenantActionGroupResourceArraySerializer(result) {
    return result.map((item) => {
        return tenantActionGroupResourceSerializer(item);
    });
}
function tenantActionGroupResourceArrayDeserializer(result) {
    return result.map((item) => {
        return tenantActionGroupResourceDeserializer(item);
    });
}
function _tenantActionGroupResourcePropertiesSerializer(item) {
    return {
        groupShortName: item["groupShortName"],
        enabled: item["enabled"],
        emailReceivers: !item["emailReceivers"]
            ? item["emailReceivers"]
            : models_emailReceiverArraySerializer(item["emailReceivers"]),
        smsReceivers: !item["smsReceivers"]
            ? item["smsReceivers"]
            : models_smsReceiverArraySerializer(item["smsReceivers"]),
        webhookReceivers: !item["webhookReceivers"]
            ? item["webhookReceivers"]
            : tenantActionGroupWebhookReceiverArraySerializer(item["webhookReceivers"]),
        azureAppPushReceivers: !item["azureAppPushReceivers"]
            ? item["azureAppPushReceivers"]
            : models_azureAppPushReceiverArraySerializer(item["azureAppPushReceivers"]),
        voiceReceivers: !item["voiceReceivers"]
            ? item["voiceReceivers"]
            : models_voiceReceiverArraySerializer(item["voiceReceivers"]),
    };
}
function _tenantActionGroupResourcePropertiesDeserializer(item) {
    return {
        groupShortName: item["groupShortName"],
        enabled: item["enabled"],
        emailReceivers: !item["emailReceivers"]
            ? item["emailReceivers"]
            : models_emailReceiverArrayDeserializer(item["emailReceivers"]),
        smsReceivers: !item["smsReceivers"]
            ? item["smsReceivers"]
            : models_smsReceiverArrayDeserializer(item["smsReceivers"]),
        webhookReceivers: !item["webhookReceivers"]
            ? item["webhookReceivers"]
            : tenantActionGroupWebhookReceiverArrayDeserializer(item["webhookReceivers"]),
        azureAppPushReceivers: !item["azureAppPushReceivers"]
            ? item["azureAppPushReceivers"]
            : models_azureAppPushReceiverArrayDeserializer(item["azureAppPushReceivers"]),
        voiceReceivers: !item["voiceReceivers"]
            ? item["voiceReceivers"]
            : models_voiceReceiverArrayDeserializer(item["voiceReceivers"]),
    };
}
//# sourceMappingURL=models.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/node_modules/@azure/core-lro/dist/esm/logger.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * The `@azure/logger` configuration for this package.
 * @internal
 */
const logger_logger = (0,esm/* createClientLogger */.KV)("core-lro");
//# sourceMappingURL=logger.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/node_modules/@azure/core-lro/dist/esm/poller/constants.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * The default time interval to wait before sending the next polling request.
 */
const POLL_INTERVAL_IN_MS = 2000;
/**
 * The closed set of terminal states.
 */
const terminalStates = ["succeeded", "canceled", "failed"];
//# sourceMappingURL=constants.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/node_modules/@azure/core-lro/dist/esm/poller/operation.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * Deserializes the state
 */
function operation_deserializeState(serializedState) {
    try {
        return JSON.parse(serializedState).state;
    }
    catch (e) {
        throw new Error(`Unable to deserialize input state: ${serializedState}`);
    }
}
function setStateError(inputs) {
    const { state, isOperationError } = inputs;
    return (error) => {
        if (isOperationError(error)) {
            state.error = error;
            state.status = "failed";
        }
        throw error;
    };
}
function appendReadableErrorMessage(currentMessage, innerMessage) {
    let message = currentMessage;
    if (message.slice(-1) !== ".") {
        message = message + ".";
    }
    return message + " " + innerMessage;
}
function simplifyError(err) {
    let message = err.message;
    let code = err.code;
    let curErr = err;
    while (curErr.innererror) {
        curErr = curErr.innererror;
        code = curErr.code;
        message = appendReadableErrorMessage(message, curErr.message);
    }
    return {
        code,
        message,
    };
}
async function processOperationStatus(result) {
    const { state, status, isDone, processResult, getError, response, setErrorAsResult } = result;
    switch (status) {
        case "succeeded": {
            state.status = "succeeded";
            break;
        }
        case "failed": {
            const err = getError?.(response);
            let postfix = "";
            if (err) {
                const { code, message } = simplifyError(err);
                postfix = `. ${code}. ${message}`;
            }
            const errStr = `The long-running operation has failed${postfix}`;
            state.error = new Error(errStr);
            state.status = "failed";
            logger_logger.warning(errStr);
            break;
        }
        case "canceled": {
            state.status = "canceled";
            break;
        }
    }
    if (isDone?.(response, state) ||
        (isDone === undefined &&
            ["succeeded", "canceled"].concat(setErrorAsResult ? [] : ["failed"]).includes(status))) {
        state.result = await buildResult({
            response,
            state,
            processResult,
        });
    }
}
async function buildResult(inputs) {
    const { processResult, response, state } = inputs;
    return processResult ? processResult(response, state) : response;
}
/**
 * Initiates the long-running operation.
 */
async function initOperation(inputs) {
    const { init, processResult, getOperationStatus, withOperationLocation, setErrorAsResult } = inputs;
    const { operationLocation, resourceLocation, initialRequestUrl, requestMethod, metadata, response, } = await init();
    if (operationLocation)
        withOperationLocation?.(operationLocation, false);
    const config = {
        metadata,
        operationLocation,
        resourceLocation,
        initialRequestUrl,
        requestMethod,
    };
    logger_logger.verbose(`LRO: Operation description:`, config);
    const state = { status: "running", config };
    const status = getOperationStatus({ response, state, operationLocation });
    await processOperationStatus({
        state,
        status,
        response,
        setErrorAsResult,
        processResult,
    });
    return state;
}
async function pollOperationHelper(inputs) {
    const { poll, state, operationLocation, getOperationStatus, getResourceLocation, isOperationError, options, } = inputs;
    const response = await poll(operationLocation, options).catch(setStateError({
        state,
        isOperationError,
    }));
    const status = getOperationStatus(response, state);
    logger_logger.verbose(`LRO: Status:\n\tPolling from: ${state.config.operationLocation}\n\tOperation status: ${status}\n\tPolling status: ${terminalStates.includes(status) ? "Stopped" : "Running"}`);
    if (status === "succeeded") {
        const resourceLocation = getResourceLocation(response, state);
        if (resourceLocation !== undefined) {
            return {
                response: await poll(resourceLocation).catch(setStateError({ state, isOperationError })),
                status,
            };
        }
    }
    return { response, status };
}
/** Polls the long-running operation. */
async function operation_pollOperation(inputs) {
    const { poll, state, options, getOperationStatus, getResourceLocation, getOperationLocation, isOperationError, withOperationLocation, getPollingInterval, processResult, getError, updateState, setDelay, isDone, setErrorAsResult, } = inputs;
    const { operationLocation } = state.config;
    if (operationLocation !== undefined) {
        const { response, status } = await pollOperationHelper({
            poll,
            getOperationStatus,
            state,
            operationLocation,
            getResourceLocation,
            isOperationError,
            options,
        });
        await processOperationStatus({
            status,
            response,
            state,
            isDone,
            processResult,
            getError,
            setErrorAsResult,
        });
        if (!terminalStates.includes(status)) {
            const intervalInMs = getPollingInterval?.(response);
            if (intervalInMs)
                setDelay(intervalInMs);
            const location = getOperationLocation?.(response, state);
            if (location !== undefined) {
                const isUpdated = operationLocation !== location;
                state.config.operationLocation = location;
                withOperationLocation?.(location, isUpdated);
            }
            else
                withOperationLocation?.(operationLocation, false);
        }
        updateState?.(state, response);
    }
}
//# sourceMappingURL=operation.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/node_modules/@azure/core-lro/dist/esm/http/operation.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function getOperationLocationPollingUrl(inputs) {
    const { azureAsyncOperation, operationLocation } = inputs;
    return operationLocation ?? azureAsyncOperation;
}
function getLocationHeader(rawResponse) {
    return rawResponse.headers["location"];
}
function getOperationLocationHeader(rawResponse) {
    return rawResponse.headers["operation-location"];
}
function getAzureAsyncOperationHeader(rawResponse) {
    return rawResponse.headers["azure-asyncoperation"];
}
function findResourceLocation(inputs) {
    const { location, requestMethod, requestPath, resourceLocationConfig, skipFinalGet } = inputs;
    // If skipFinalGet is true, return undefined to skip the final GET request
    if (skipFinalGet) {
        return undefined;
    }
    switch (requestMethod) {
        case "PUT": {
            return requestPath;
        }
        case "DELETE": {
            return undefined;
        }
        case "PATCH": {
            return getDefault() ?? requestPath;
        }
        default: {
            return getDefault();
        }
    }
    function getDefault() {
        switch (resourceLocationConfig) {
            case "operation-location":
            case "azure-async-operation": {
                return undefined;
            }
            case "original-uri": {
                return requestPath;
            }
            case "location":
            default: {
                return location;
            }
        }
    }
}
function inferLroMode(rawResponse, resourceLocationConfig, skipFinalGet) {
    const requestPath = rawResponse.request.url;
    const requestMethod = rawResponse.request.method;
    const operationLocation = getOperationLocationHeader(rawResponse);
    const azureAsyncOperation = getAzureAsyncOperationHeader(rawResponse);
    const pollingUrl = getOperationLocationPollingUrl({ operationLocation, azureAsyncOperation });
    const location = getLocationHeader(rawResponse);
    const normalizedRequestMethod = requestMethod?.toLocaleUpperCase();
    if (pollingUrl !== undefined) {
        return {
            mode: "OperationLocation",
            operationLocation: pollingUrl,
            resourceLocation: findResourceLocation({
                requestMethod: normalizedRequestMethod,
                location,
                requestPath,
                resourceLocationConfig,
                skipFinalGet,
            }),
            initialRequestUrl: requestPath,
            requestMethod,
        };
    }
    else if (location !== undefined) {
        return {
            mode: "ResourceLocation",
            operationLocation: location,
            initialRequestUrl: requestPath,
            requestMethod,
        };
    }
    else if (normalizedRequestMethod === "PUT" && requestPath) {
        return {
            mode: "Body",
            operationLocation: requestPath,
            initialRequestUrl: requestPath,
            requestMethod,
        };
    }
    else {
        return undefined;
    }
}
function transformStatus(inputs) {
    const { status, statusCode } = inputs;
    if (typeof status !== "string" && status !== undefined) {
        throw new Error(`Polling was unsuccessful. Expected status to have a string value or no value but it has instead: ${status}. This doesn't necessarily indicate the operation has failed. Check your Azure subscription or resource status for more information.`);
    }
    logger_logger.verbose(`LRO: Transforming status: ${status} with status code: ${statusCode}.`);
    const lowerCaseStatus = status?.toLocaleLowerCase();
    if (!lowerCaseStatus) {
        return toOperationStatus(statusCode);
    }
    if (lowerCaseStatus.includes("succeeded")) {
        return "succeeded";
    }
    if (lowerCaseStatus.includes("fail")) {
        return "failed";
    }
    if (["canceled", "cancelled"].includes(lowerCaseStatus)) {
        return "canceled";
    }
    return "running";
}
function getStatus(rawResponse) {
    const { status } = rawResponse.body ?? {};
    return transformStatus({ status, statusCode: rawResponse.statusCode });
}
function getProvisioningState(rawResponse) {
    const { properties, provisioningState } = rawResponse.body ?? {};
    const status = properties?.provisioningState ?? provisioningState;
    return transformStatus({ status, statusCode: rawResponse.statusCode });
}
function toOperationStatus(statusCode) {
    if (statusCode === 202) {
        return "running";
    }
    else if (statusCode < 300) {
        return "succeeded";
    }
    else {
        return "failed";
    }
}
function parseRetryAfter({ rawResponse }) {
    const retryAfter = rawResponse.headers["retry-after"];
    if (retryAfter !== undefined) {
        // Retry-After header value is either in HTTP date format, or in seconds
        const retryAfterInSeconds = parseInt(retryAfter);
        return isNaN(retryAfterInSeconds)
            ? calculatePollingIntervalFromDate(new Date(retryAfter))
            : retryAfterInSeconds * 1000;
    }
    return undefined;
}
function getErrorFromResponse(response) {
    const error = accessBodyProperty(response, "error");
    if (!error) {
        logger_logger.warning(`The long-running operation failed but there is no error property in the response's body`);
        return;
    }
    if (!error.code || !error.message) {
        logger_logger.warning(`The long-running operation failed but the error property in the response's body doesn't contain code or message`);
        return;
    }
    return error;
}
function calculatePollingIntervalFromDate(retryAfterDate) {
    const timeNow = Math.floor(new Date().getTime());
    const retryAfterTime = retryAfterDate.getTime();
    if (timeNow < retryAfterTime) {
        return retryAfterTime - timeNow;
    }
    return undefined;
}
function getStatusFromInitialResponse(inputs) {
    const { response, state, operationLocation } = inputs;
    function helper() {
        const mode = state.config.metadata?.["mode"];
        switch (mode) {
            case undefined:
                return toOperationStatus(response.rawResponse.statusCode);
            case "Body":
                return getOperationStatus(response, state);
            default:
                return "running";
        }
    }
    const status = helper();
    return status === "running" && operationLocation === undefined ? "succeeded" : status;
}
function getOperationLocation({ rawResponse }, state) {
    const mode = state.config.metadata?.["mode"];
    switch (mode) {
        case "OperationLocation": {
            return getOperationLocationPollingUrl({
                operationLocation: getOperationLocationHeader(rawResponse),
                azureAsyncOperation: getAzureAsyncOperationHeader(rawResponse),
            });
        }
        case "ResourceLocation": {
            return getLocationHeader(rawResponse);
        }
        case "Body":
        default: {
            return undefined;
        }
    }
}
function getOperationStatus({ rawResponse }, state) {
    const mode = state.config.metadata?.["mode"];
    switch (mode) {
        case "OperationLocation": {
            return getStatus(rawResponse);
        }
        case "ResourceLocation": {
            return toOperationStatus(rawResponse.statusCode);
        }
        case "Body": {
            return getProvisioningState(rawResponse);
        }
        default:
            throw new Error(`Internal error: Unexpected operation mode: ${mode}`);
    }
}
function accessBodyProperty({ flatResponse, rawResponse }, prop) {
    return flatResponse?.[prop] ?? rawResponse.body?.[prop];
}
function getResourceLocation(res, state) {
    const loc = accessBodyProperty(res, "resourceLocation");
    if (loc && typeof loc === "string") {
        state.config.resourceLocation = loc;
    }
    return state.config.resourceLocation;
}
function isOperationError(e) {
    return e.name === "RestError";
}
/** Polls the long-running operation. */
async function pollHttpOperation(inputs) {
    const { lro, options, processResult, updateState, setDelay, state, setErrorAsResult } = inputs;
    return pollOperation({
        state,
        setDelay,
        processResult: processResult
            ? ({ flatResponse }, inputState) => processResult(flatResponse, inputState)
            : ({ flatResponse }) => flatResponse,
        getError: getErrorFromResponse,
        updateState,
        getPollingInterval: parseRetryAfter,
        getOperationLocation,
        getOperationStatus,
        isOperationError,
        getResourceLocation,
        options,
        /**
         * The expansion here is intentional because `lro` could be an object that
         * references an inner this, so we need to preserve a reference to it.
         */
        poll: async (location, inputOptions) => lro.sendPollRequest(location, inputOptions),
        setErrorAsResult,
    });
}
//# sourceMappingURL=operation.js.map
// EXTERNAL MODULE: ./node_modules/@azure/core-util/dist/esm/index.js + 4 modules
var core_util_dist_esm = __webpack_require__(9105);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/node_modules/@azure/core-lro/dist/esm/poller/poller.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/**
 * Returns a poller factory.
 */
function buildCreatePoller(inputs) {
    const { getOperationLocation, getStatusFromInitialResponse, getStatusFromPollResponse, isOperationError, getResourceLocation, getPollingInterval, getError, resolveOnUnsuccessful, } = inputs;
    return ({ init, poll }, options) => {
        const { processResult, updateState, withOperationLocation: withOperationLocationCallback, intervalInMs = POLL_INTERVAL_IN_MS, restoreFrom, } = options || {};
        const withOperationLocation = withOperationLocationCallback
            ? (() => {
                let called = false;
                return (operationLocation, isUpdated) => {
                    if (isUpdated)
                        withOperationLocationCallback(operationLocation);
                    else if (!called)
                        withOperationLocationCallback(operationLocation);
                    called = true;
                };
            })()
            : undefined;
        let statePromise;
        let state;
        if (restoreFrom) {
            state = operation_deserializeState(restoreFrom);
            statePromise = Promise.resolve(state);
        }
        else {
            statePromise = initOperation({
                init,
                processResult,
                getOperationStatus: getStatusFromInitialResponse,
                withOperationLocation,
                setErrorAsResult: !resolveOnUnsuccessful,
            }).then((s) => (state = s));
        }
        let resultPromise;
        const abortController = new AbortController();
        const handlers = new Map();
        const handleProgressEvents = async () => handlers.forEach((h) => h(state));
        const cancelErrMsg = "Operation was canceled";
        let currentPollIntervalInMs = intervalInMs;
        const poller = {
            get operationState() {
                return state;
            },
            get result() {
                return state?.result;
            },
            get isDone() {
                return ["succeeded", "failed", "canceled"].includes(state?.status ?? "");
            },
            onProgress: (callback) => {
                const s = Symbol();
                handlers.set(s, callback);
                return () => handlers.delete(s);
            },
            serialize: async () => {
                await statePromise;
                return JSON.stringify({
                    state,
                });
            },
            submitted: async () => {
                await statePromise;
            },
            pollUntilDone: async (pollOptions) => {
                resultPromise ??= (async () => {
                    await statePromise;
                    if (!state) {
                        throw new Error("Poller should be initialized but it is not!");
                    }
                    const { abortSignal: inputAbortSignal } = pollOptions || {};
                    // In the future we can use AbortSignal.any() instead
                    function abortListener() {
                        abortController.abort();
                    }
                    const abortSignal = abortController.signal;
                    if (inputAbortSignal?.aborted) {
                        abortController.abort();
                    }
                    else if (!abortSignal.aborted) {
                        inputAbortSignal?.addEventListener("abort", abortListener, { once: true });
                    }
                    try {
                        if (!poller.isDone) {
                            await poller.poll({ abortSignal });
                            while (!poller.isDone) {
                                await (0,core_util_dist_esm/* delay */.cb)(currentPollIntervalInMs, { abortSignal });
                                await poller.poll({ abortSignal });
                            }
                        }
                    }
                    finally {
                        inputAbortSignal?.removeEventListener("abort", abortListener);
                    }
                    if (resolveOnUnsuccessful) {
                        return poller.result;
                    }
                    else {
                        switch (state.status) {
                            case "succeeded":
                                return poller.result;
                            case "canceled":
                                throw new Error(cancelErrMsg);
                            case "failed":
                                throw state.error;
                            case "notStarted":
                            case "running":
                                throw new Error(`Polling completed without succeeding or failing`);
                        }
                    }
                })().finally(() => {
                    resultPromise = undefined;
                });
                return resultPromise;
            },
            async poll(pollOptions) {
                await statePromise;
                if (!state) {
                    throw new Error("Poller should be initialized but it is not!");
                }
                if (resolveOnUnsuccessful) {
                    if (poller.isDone)
                        return state;
                }
                else {
                    switch (state.status) {
                        case "succeeded":
                            return state;
                        case "canceled":
                            throw new Error(cancelErrMsg);
                        case "failed":
                            throw state.error;
                    }
                }
                await operation_pollOperation({
                    poll,
                    state,
                    getOperationLocation,
                    isOperationError,
                    withOperationLocation,
                    getPollingInterval,
                    getOperationStatus: getStatusFromPollResponse,
                    getResourceLocation,
                    processResult,
                    getError,
                    updateState,
                    options: pollOptions,
                    setDelay: (pollIntervalInMs) => {
                        currentPollIntervalInMs = pollIntervalInMs;
                    },
                    setErrorAsResult: !resolveOnUnsuccessful,
                });
                await handleProgressEvents();
                if (!resolveOnUnsuccessful) {
                    switch (state.status) {
                        case "canceled":
                            throw new Error(cancelErrMsg);
                        case "failed":
                            throw state.error;
                    }
                }
                return state;
            },
            then(onfulfilled, onrejected) {
                return poller.pollUntilDone().then(onfulfilled, onrejected);
            },
            catch(onrejected) {
                return poller.pollUntilDone().catch(onrejected);
            },
            finally(onfinally) {
                return poller.pollUntilDone().finally(onfinally);
            },
            [Symbol.toStringTag]: "Poller",
        };
        return poller;
    };
}
//# sourceMappingURL=poller.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/node_modules/@azure/core-lro/dist/esm/http/utils.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Rewrites a given URL to use the specified base URL.
 * It preserves the pathname, search parameters, and fragment.
 * Handles relative URLs and proper encoding.
 *
 * @param params - An object containing the url and baseUrl.
 *                    url - The original URL (absolute or relative).
 *                    baseUrl - The new base URL to use.
 * @returns The rewritten URL as a string.
 */
function rewriteUrl({ url, baseUrl, }) {
    if (!url) {
        return undefined;
    }
    if (!baseUrl) {
        return url;
    }
    let originalUrl;
    try {
        // Try to parse inputUrl as an absolute URL.
        originalUrl = new URL(url);
    }
    catch {
        // If inputUrl is relative, resolve using the provided baseUrl.
        try {
            originalUrl = new URL(url, baseUrl);
        }
        catch (e) {
            throw new Error(`Invalid input URL provided: ${url}`);
        }
    }
    let newBase;
    try {
        newBase = new URL(baseUrl);
    }
    catch (e) {
        throw new Error(`Invalid base URL provided: ${baseUrl}`);
    }
    const rewrittenUrl = new URL(`${originalUrl.pathname}${originalUrl.search}${originalUrl.hash}`, newBase);
    return rewrittenUrl.toString();
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/node_modules/@azure/core-lro/dist/esm/http/poller.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/**
 * Creates a poller that can be used to poll a long-running operation.
 * @param lro - Description of the long-running operation
 * @param options - options to configure the poller
 * @returns an initialized poller
 */
function createHttpPoller(lro, options) {
    const { resourceLocationConfig, intervalInMs, processResult, restoreFrom, updateState, withOperationLocation, resolveOnUnsuccessful = false, baseUrl, skipFinalGet, } = options || {};
    return buildCreatePoller({
        getStatusFromInitialResponse: getStatusFromInitialResponse,
        getStatusFromPollResponse: getOperationStatus,
        isOperationError: isOperationError,
        getOperationLocation: getOperationLocation,
        getResourceLocation: getResourceLocation,
        getPollingInterval: parseRetryAfter,
        getError: getErrorFromResponse,
        resolveOnUnsuccessful,
    })({
        init: async () => {
            const response = await lro.sendInitialRequest();
            const config = inferLroMode(response.rawResponse, resourceLocationConfig, skipFinalGet);
            return {
                response,
                operationLocation: rewriteUrl({ url: config?.operationLocation, baseUrl }),
                resourceLocation: rewriteUrl({ url: config?.resourceLocation, baseUrl }),
                initialRequestUrl: config?.initialRequestUrl,
                requestMethod: config?.requestMethod,
                ...(config?.mode ? { metadata: { mode: config.mode } } : {}),
            };
        },
        poll: lro.sendPollRequest,
    }, {
        intervalInMs,
        withOperationLocation,
        restoreFrom,
        updateState,
        processResult: processResult
            ? ({ flatResponse }, state) => processResult(flatResponse, state)
            : ({ flatResponse }) => flatResponse,
    });
}
//# sourceMappingURL=poller.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/node_modules/@azure/core-lro/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/static-helpers/pollingHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function pollingHelpers_getLongRunningPoller(client, processResponseBody, expectedStatuses, options) {
    const { restoreFrom, getInitialResponse, apiVersion } = options;
    if (!restoreFrom && !getInitialResponse) {
        throw new Error("Either restoreFrom or getInitialResponse must be specified");
    }
    let initialResponse = undefined;
    const pollAbortController = new AbortController();
    const poller = {
        sendInitialRequest: async () => {
            if (!getInitialResponse) {
                throw new Error("getInitialResponse is required when initializing a new poller");
            }
            initialResponse = await getInitialResponse();
            return getLroResponse(initialResponse, expectedStatuses);
        },
        sendPollRequest: async (path, pollOptions) => {
            // The poll request would both listen to the user provided abort signal and the poller's own abort signal
            function abortListener() {
                pollAbortController.abort();
            }
            const abortSignal = pollAbortController.signal;
            if (options.abortSignal?.aborted) {
                pollAbortController.abort();
            }
            else if (pollOptions?.abortSignal?.aborted) {
                pollAbortController.abort();
            }
            else if (!abortSignal.aborted) {
                options.abortSignal?.addEventListener("abort", abortListener, {
                    once: true,
                });
                pollOptions?.abortSignal?.addEventListener("abort", abortListener, {
                    once: true,
                });
            }
            let response;
            try {
                const pollingPath = apiVersion ? addApiVersionToUrl(path, apiVersion) : path;
                response = await client.pathUnchecked(pollingPath).get({ abortSignal });
            }
            finally {
                options.abortSignal?.removeEventListener("abort", abortListener);
                pollOptions?.abortSignal?.removeEventListener("abort", abortListener);
            }
            return getLroResponse(response, expectedStatuses);
        },
    };
    return createHttpPoller(poller, {
        intervalInMs: options?.updateIntervalInMs,
        resourceLocationConfig: options?.resourceLocationConfig,
        restoreFrom: options?.restoreFrom,
        processResult: (result) => {
            return processResponseBody(result);
        },
    });
}
/**
 * Converts a Rest Client response to a response that the LRO implementation understands
 * @param response - a rest client http response
 * @param deserializeFn - deserialize function to convert Rest response to modular output
 * @returns - An LRO response that the LRO implementation understands
 */
function getLroResponse(response, expectedStatuses) {
    if (!expectedStatuses.includes(response.status)) {
        throw (0,dist_esm/* createRestError */.t$)(response);
    }
    return {
        flatResponse: response,
        rawResponse: {
            ...response,
            statusCode: Number.parseInt(response.status),
            body: response.body,
        },
    };
}
/**
 * Adds the api-version query parameter on a URL if it's not present.
 * @param url - the URL to modify
 * @param apiVersion - the API version to set
 * @returns - the URL with the api-version query parameter set
 */
function addApiVersionToUrl(url, apiVersion) {
    // The base URL is only used for parsing and won't appear in the returned URL
    const urlObj = new URL(url, "https://microsoft.com");
    if (!urlObj.searchParams.get("api-version")) {
        // Append one if there is no apiVersion
        return `${url}${urlObj.search ? "&" : "?"}api-version=${apiVersion}`;
    }
    return url;
}
//# sourceMappingURL=pollingHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/static-helpers/urlTemplate.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
// ---------------------
// helpers
// ---------------------
function encodeComponent(val, reserved, op) {
    return (reserved ?? op === "+") || op === "#"
        ? encodeReservedComponent(val)
        : encodeRFC3986URIComponent(val);
}
function encodeReservedComponent(str) {
    return str
        .split(/(%[0-9A-Fa-f]{2})/g)
        .map((part) => (!/%[0-9A-Fa-f]/.test(part) ? encodeURI(part) : part))
        .join("");
}
function encodeRFC3986URIComponent(str) {
    return encodeURIComponent(str).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function isDefined(val) {
    return val !== undefined && val !== null;
}
function getNamedAndIfEmpty(op) {
    return [!!op && [";", "?", "&"].includes(op), !!op && ["?", "&"].includes(op) ? "=" : ""];
}
function getFirstOrSep(op, isFirst = false) {
    if (isFirst) {
        return !op || op === "+" ? "" : op;
    }
    else if (!op || op === "+" || op === "#") {
        return ",";
    }
    else if (op === "?") {
        return "&";
    }
    else {
        return op;
    }
}
function getExpandedValue(option) {
    let isFirst = option.isFirst;
    const { op, varName, varValue: value, reserved } = option;
    const vals = [];
    const [named, ifEmpty] = getNamedAndIfEmpty(op);
    if (Array.isArray(value)) {
        for (const val of value.filter(isDefined)) {
            // prepare the following parts: separator, varName, value
            vals.push(`${getFirstOrSep(op, isFirst)}`);
            if (named && varName) {
                vals.push(`${encodeURIComponent(varName)}`);
                if (val === "") {
                    vals.push(ifEmpty);
                }
                else {
                    vals.push("=");
                }
            }
            vals.push(encodeComponent(val, reserved, op));
            isFirst = false;
        }
    }
    else if (typeof value === "object") {
        for (const key of Object.keys(value)) {
            const val = value[key];
            if (!isDefined(val)) {
                continue;
            }
            // prepare the following parts: separator, key, value
            vals.push(`${getFirstOrSep(op, isFirst)}`);
            if (key) {
                vals.push(`${encodeURIComponent(key)}`);
                if (named && val === "") {
                    vals.push(ifEmpty);
                }
                else {
                    vals.push("=");
                }
            }
            vals.push(encodeComponent(val, reserved, op));
            isFirst = false;
        }
    }
    return vals.join("");
}
function getNonExpandedValue(option) {
    const { op, varName, varValue: value, isFirst, reserved } = option;
    const vals = [];
    const first = getFirstOrSep(op, isFirst);
    const [named, ifEmpty] = getNamedAndIfEmpty(op);
    if (named && varName) {
        vals.push(encodeComponent(varName, reserved, op));
        if (value === "") {
            if (!ifEmpty) {
                vals.push(ifEmpty);
            }
            return !vals.join("") ? undefined : `${first}${vals.join("")}`;
        }
        vals.push("=");
    }
    const items = [];
    if (Array.isArray(value)) {
        for (const val of value.filter(isDefined)) {
            items.push(encodeComponent(val, reserved, op));
        }
    }
    else if (typeof value === "object") {
        for (const key of Object.keys(value)) {
            if (!isDefined(value[key])) {
                continue;
            }
            items.push(encodeRFC3986URIComponent(key));
            items.push(encodeComponent(value[key], reserved, op));
        }
    }
    vals.push(items.join(","));
    return !vals.join(",") ? undefined : `${first}${vals.join("")}`;
}
function getVarValue(option) {
    const { op, varName, modifier, isFirst, reserved, varValue: value } = option;
    if (!isDefined(value)) {
        return undefined;
    }
    else if (["string", "number", "boolean"].includes(typeof value)) {
        let val = value.toString();
        const [named, ifEmpty] = getNamedAndIfEmpty(op);
        const vals = [getFirstOrSep(op, isFirst)];
        if (named && varName) {
            // No need to encode varName considering it is already encoded
            vals.push(varName);
            if (val === "") {
                vals.push(ifEmpty);
            }
            else {
                vals.push("=");
            }
        }
        if (modifier && modifier !== "*") {
            val = val.substring(0, parseInt(modifier, 10));
        }
        vals.push(encodeComponent(val, reserved, op));
        return vals.join("");
    }
    else if (modifier === "*") {
        return getExpandedValue(option);
    }
    else {
        return getNonExpandedValue(option);
    }
}
// ---------------------------------------------------------------------------------------------------
// This is an implementation of RFC 6570 URI Template: https://datatracker.ietf.org/doc/html/rfc6570.
// ---------------------------------------------------------------------------------------------------
function expandUrlTemplate(template, context, option) {
    const result = template.replace(/\{([^{}]+)\}|([^{}]+)/g, (_, expr, text) => {
        if (!expr) {
            return encodeReservedComponent(text);
        }
        let op;
        if (["+", "#", ".", "/", ";", "?", "&"].includes(expr[0])) {
            op = expr[0];
            expr = expr.slice(1);
        }
        const varList = expr.split(/,/g);
        const innerResult = [];
        for (const varSpec of varList) {
            const varMatch = /([^:*]*)(?::(\d+)|(\*))?/.exec(varSpec);
            if (!varMatch || !varMatch[1]) {
                continue;
            }
            const varValue = getVarValue({
                isFirst: innerResult.length === 0,
                op,
                varValue: context[varMatch[1]],
                varName: varMatch[1],
                modifier: varMatch[2] || varMatch[3],
                reserved: option?.allowReserved,
            });
            if (varValue) {
                innerResult.push(varValue);
            }
        }
        return innerResult.join("");
    });
    return normalizeUnreserved(result);
}
/**
 * Normalize an expanded URI by decoding percent-encoded unreserved characters.
 * RFC 3986 unreserved: "-" / "." / "~"
 */
function normalizeUnreserved(uri) {
    return uri.replace(/%([0-9A-Fa-f]{2})/g, (match, hex) => {
        const char = String.fromCharCode(parseInt(hex, 16));
        // Decode only if it's unreserved
        if (/[.~-]/.test(char)) {
            return char;
        }
        return match; // leave other encodings intact
    });
}
//# sourceMappingURL=urlTemplate.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






function _getTestNotificationsAtTenantActionGroupResourceLevelSend(context, managementGroupId, tenantActionGroupName, notificationId, xMsClientTenantId, options = {
    requestOptions: {},
}) {
    const path = expandUrlTemplate("/providers/microsoft.Management/managementGroups/{managementGroupId}/providers/microsoft.Insights/tenantActionGroups/{tenantActionGroupName}/notificationStatus/{notificationId}{?api%2Dversion}", {
        managementGroupId: managementGroupId,
        tenantActionGroupName: tenantActionGroupName,
        notificationId: notificationId,
        "api%2Dversion": "2023-05-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: {
            "x-ms-client-tenant-id": xMsClientTenantId,
            accept: "application/json",
            ...options.requestOptions?.headers,
        },
    });
}
async function _getTestNotificationsAtTenantActionGroupResourceLevelDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return tenantActionGroupTestNotificationDetailsResponseDeserializer(result.body);
}
/** Get the test notifications by the notification id */
async function getTestNotificationsAtTenantActionGroupResourceLevel(context, managementGroupId, tenantActionGroupName, notificationId, xMsClientTenantId, options = {
    requestOptions: {},
}) {
    const result = await _getTestNotificationsAtTenantActionGroupResourceLevelSend(context, managementGroupId, tenantActionGroupName, notificationId, xMsClientTenantId, options);
    return _getTestNotificationsAtTenantActionGroupResourceLevelDeserialize(result);
}
function _createNotificationsAtTenantActionGroupResourceLevelSend(context, managementGroupId, tenantActionGroupName, xMsClientTenantId, notificationRequest, options = {
    requestOptions: {},
}) {
    const path = expandUrlTemplate("/providers/Microsoft.Management/managementGroups/{managementGroupId}/providers/Microsoft.Insights/tenantActionGroups/{tenantActionGroupName}/createNotifications{?api%2Dversion}", {
        managementGroupId: managementGroupId,
        tenantActionGroupName: tenantActionGroupName,
        "api%2Dversion": "2023-05-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: {
            "x-ms-client-tenant-id": xMsClientTenantId,
            accept: "application/json",
            ...options.requestOptions?.headers,
        },
        body: tenantNotificationRequestBodySerializer(notificationRequest),
    });
}
async function _createNotificationsAtTenantActionGroupResourceLevelDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = armErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return tenantActionGroupTestNotificationDetailsResponseDeserializer(result.body);
}
/** Send test notifications to a set of provided receivers */
function createNotificationsAtTenantActionGroupResourceLevel(context, managementGroupId, tenantActionGroupName, xMsClientTenantId, notificationRequest, options = {
    requestOptions: {},
}) {
    return pollingHelpers_getLongRunningPoller(context, _createNotificationsAtTenantActionGroupResourceLevelDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createNotificationsAtTenantActionGroupResourceLevelSend(context, managementGroupId, tenantActionGroupName, xMsClientTenantId, notificationRequest, options),
        resourceLocationConfig: "location",
        apiVersion: "2023-05-01-preview",
    });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/models/actionGroupsApi/models.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/*
 * This file contains only generated model types and their (de)serializers.
 * Disable the following rules for internal models with '_' prefix and deserializers which require 'any' for raw JSON input.
 */
/* eslint-disable @typescript-eslint/naming-convention */
/* eslint-disable @typescript-eslint/explicit-module-boundary-types */



function actionGroupResourceSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: areAllPropsUndefined(item, [
            "groupShortName",
            "enabled",
            "emailReceivers",
            "smsReceivers",
            "webhookReceivers",
            "itsmReceivers",
            "azureAppPushReceivers",
            "automationRunbookReceivers",
            "voiceReceivers",
            "logicAppReceivers",
            "azureFunctionReceivers",
            "armRoleReceivers",
            "eventHubReceivers",
            "incidentReceivers",
        ])
            ? undefined
            : _actionGroupResourcePropertiesSerializer(item),
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentitySerializer(item["identity"]),
    };
}
function actionGroupResourceDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _actionGroupResourcePropertiesDeserializer(item["properties"])),
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentityDeserializer(item["identity"]),
    };
}
function actionGroupSerializer(item) {
    return {
        groupShortName: item["groupShortName"],
        enabled: item["enabled"],
        emailReceivers: !item["emailReceivers"]
            ? item["emailReceivers"]
            : emailReceiverArraySerializer(item["emailReceivers"]),
        smsReceivers: !item["smsReceivers"]
            ? item["smsReceivers"]
            : smsReceiverArraySerializer(item["smsReceivers"]),
        webhookReceivers: !item["webhookReceivers"]
            ? item["webhookReceivers"]
            : webhookReceiverArraySerializer(item["webhookReceivers"]),
        itsmReceivers: !item["itsmReceivers"]
            ? item["itsmReceivers"]
            : itsmReceiverArraySerializer(item["itsmReceivers"]),
        azureAppPushReceivers: !item["azureAppPushReceivers"]
            ? item["azureAppPushReceivers"]
            : azureAppPushReceiverArraySerializer(item["azureAppPushReceivers"]),
        automationRunbookReceivers: !item["automationRunbookReceivers"]
            ? item["automationRunbookReceivers"]
            : automationRunbookReceiverArraySerializer(item["automationRunbookReceivers"]),
        voiceReceivers: !item["voiceReceivers"]
            ? item["voiceReceivers"]
            : voiceReceiverArraySerializer(item["voiceReceivers"]),
        logicAppReceivers: !item["logicAppReceivers"]
            ? item["logicAppReceivers"]
            : logicAppReceiverArraySerializer(item["logicAppReceivers"]),
        azureFunctionReceivers: !item["azureFunctionReceivers"]
            ? item["azureFunctionReceivers"]
            : azureFunctionReceiverArraySerializer(item["azureFunctionReceivers"]),
        armRoleReceivers: !item["armRoleReceivers"]
            ? item["armRoleReceivers"]
            : armRoleReceiverArraySerializer(item["armRoleReceivers"]),
        eventHubReceivers: !item["eventHubReceivers"]
            ? item["eventHubReceivers"]
            : eventHubReceiverArraySerializer(item["eventHubReceivers"]),
        incidentReceivers: !item["incidentReceivers"]
            ? item["incidentReceivers"]
            : incidentReceiverArraySerializer(item["incidentReceivers"]),
    };
}
function actionGroupDeserializer(item) {
    return {
        groupShortName: item["groupShortName"],
        enabled: item["enabled"],
        emailReceivers: !item["emailReceivers"]
            ? item["emailReceivers"]
            : emailReceiverArrayDeserializer(item["emailReceivers"]),
        smsReceivers: !item["smsReceivers"]
            ? item["smsReceivers"]
            : smsReceiverArrayDeserializer(item["smsReceivers"]),
        webhookReceivers: !item["webhookReceivers"]
            ? item["webhookReceivers"]
            : webhookReceiverArrayDeserializer(item["webhookReceivers"]),
        itsmReceivers: !item["itsmReceivers"]
            ? item["itsmReceivers"]
            : itsmReceiverArrayDeserializer(item["itsmReceivers"]),
        azureAppPushReceivers: !item["azureAppPushReceivers"]
            ? item["azureAppPushReceivers"]
            : azureAppPushReceiverArrayDeserializer(item["azureAppPushReceivers"]),
        automationRunbookReceivers: !item["automationRunbookReceivers"]
            ? item["automationRunbookReceivers"]
            : automationRunbookReceiverArrayDeserializer(item["automationRunbookReceivers"]),
        voiceReceivers: !item["voiceReceivers"]
            ? item["voiceReceivers"]
            : voiceReceiverArrayDeserializer(item["voiceReceivers"]),
        logicAppReceivers: !item["logicAppReceivers"]
            ? item["logicAppReceivers"]
            : logicAppReceiverArrayDeserializer(item["logicAppReceivers"]),
        azureFunctionReceivers: !item["azureFunctionReceivers"]
            ? item["azureFunctionReceivers"]
            : azureFunctionReceiverArrayDeserializer(item["azureFunctionReceivers"]),
        armRoleReceivers: !item["armRoleReceivers"]
            ? item["armRoleReceivers"]
            : armRoleReceiverArrayDeserializer(item["armRoleReceivers"]),
        eventHubReceivers: !item["eventHubReceivers"]
            ? item["eventHubReceivers"]
            : eventHubReceiverArrayDeserializer(item["eventHubReceivers"]),
        incidentReceivers: !item["incidentReceivers"]
            ? item["incidentReceivers"]
            : incidentReceiverArrayDeserializer(item["incidentReceivers"]),
    };
}
function webhookReceiverArraySerializer(result) {
    return result.map((item) => {
        return webhookReceiverSerializer(item);
    });
}
function webhookReceiverArrayDeserializer(result) {
    return result.map((item) => {
        return webhookReceiverDeserializer(item);
    });
}
function webhookReceiverSerializer(item) {
    return {
        name: item["name"],
        serviceUri: item["serviceUri"],
        useCommonAlertSchema: item["useCommonAlertSchema"],
        useAadAuth: item["useAadAuth"],
        objectId: item["objectId"],
        identifierUri: item["identifierUri"],
        tenantId: item["tenantId"],
        managedIdentity: item["managedIdentity"],
    };
}
function webhookReceiverDeserializer(item) {
    return {
        name: item["name"],
        serviceUri: item["serviceUri"],
        useCommonAlertSchema: item["useCommonAlertSchema"],
        useAadAuth: item["useAadAuth"],
        objectId: item["objectId"],
        identifierUri: item["identifierUri"],
        tenantId: item["tenantId"],
        managedIdentity: item["managedIdentity"],
    };
}
function itsmReceiverArraySerializer(result) {
    return result.map((item) => {
        return itsmReceiverSerializer(item);
    });
}
function itsmReceiverArrayDeserializer(result) {
    return result.map((item) => {
        return itsmReceiverDeserializer(item);
    });
}
function itsmReceiverSerializer(item) {
    return {
        name: item["name"],
        workspaceId: item["workspaceId"],
        connectionId: item["connectionId"],
        ticketConfiguration: item["ticketConfiguration"],
        region: item["region"],
    };
}
function itsmReceiverDeserializer(item) {
    return {
        name: item["name"],
        workspaceId: item["workspaceId"],
        connectionId: item["connectionId"],
        ticketConfiguration: item["ticketConfiguration"],
        region: item["region"],
    };
}
function automationRunbookReceiverArraySerializer(result) {
    return result.map((item) => {
        return automationRunbookReceiverSerializer(item);
    });
}
function automationRunbookReceiverArrayDeserializer(result) {
    return result.map((item) => {
        return automationRunbookReceiverDeserializer(item);
    });
}
function automationRunbookReceiverSerializer(item) {
    return {
        automationAccountId: item["automationAccountId"],
        runbookName: item["runbookName"],
        webhookResourceId: item["webhookResourceId"],
        isGlobalRunbook: item["isGlobalRunbook"],
        name: item["name"],
        serviceUri: item["serviceUri"],
        useCommonAlertSchema: item["useCommonAlertSchema"],
        managedIdentity: item["managedIdentity"],
    };
}
function automationRunbookReceiverDeserializer(item) {
    return {
        automationAccountId: item["automationAccountId"],
        runbookName: item["runbookName"],
        webhookResourceId: item["webhookResourceId"],
        isGlobalRunbook: item["isGlobalRunbook"],
        name: item["name"],
        serviceUri: item["serviceUri"],
        useCommonAlertSchema: item["useCommonAlertSchema"],
        managedIdentity: item["managedIdentity"],
    };
}
function logicAppReceiverArraySerializer(result) {
    return result.map((item) => {
        return logicAppReceiverSerializer(item);
    });
}
function logicAppReceiverArrayDeserializer(result) {
    return result.map((item) => {
        return logicAppReceiverDeserializer(item);
    });
}
function logicAppReceiverSerializer(item) {
    return {
        name: item["name"],
        resourceId: item["resourceId"],
        callbackUrl: item["callbackUrl"],
        useCommonAlertSchema: item["useCommonAlertSchema"],
        managedIdentity: item["managedIdentity"],
    };
}
function logicAppReceiverDeserializer(item) {
    return {
        name: item["name"],
        resourceId: item["resourceId"],
        callbackUrl: item["callbackUrl"],
        useCommonAlertSchema: item["useCommonAlertSchema"],
        managedIdentity: item["managedIdentity"],
    };
}
function azureFunctionReceiverArraySerializer(result) {
    return result.map((item) => {
        return azureFunctionReceiverSerializer(item);
    });
}
function azureFunctionReceiverArrayDeserializer(result) {
    return result.map((item) => {
        return azureFunctionReceiverDeserializer(item);
    });
}
function azureFunctionReceiverSerializer(item) {
    return {
        name: item["name"],
        functionAppResourceId: item["functionAppResourceId"],
        functionName: item["functionName"],
        httpTriggerUrl: item["httpTriggerUrl"],
        useCommonAlertSchema: item["useCommonAlertSchema"],
        managedIdentity: item["managedIdentity"],
    };
}
function azureFunctionReceiverDeserializer(item) {
    return {
        name: item["name"],
        functionAppResourceId: item["functionAppResourceId"],
        functionName: item["functionName"],
        httpTriggerUrl: item["httpTriggerUrl"],
        useCommonAlertSchema: item["useCommonAlertSchema"],
        managedIdentity: item["managedIdentity"],
    };
}
function armRoleReceiverArraySerializer(result) {
    return result.map((item) => {
        return armRoleReceiverSerializer(item);
    });
}
function armRoleReceiverArrayDeserializer(result) {
    return result.map((item) => {
        return armRoleReceiverDeserializer(item);
    });
}
function armRoleReceiverSerializer(item) {
    return {
        name: item["name"],
        roleId: item["roleId"],
        useCommonAlertSchema: item["useCommonAlertSchema"],
    };
}
function armRoleReceiverDeserializer(item) {
    return {
        name: item["name"],
        roleId: item["roleId"],
        useCommonAlertSchema: item["useCommonAlertSchema"],
    };
}
function eventHubReceiverArraySerializer(result) {
    return result.map((item) => {
        return eventHubReceiverSerializer(item);
    });
}
function eventHubReceiverArrayDeserializer(result) {
    return result.map((item) => {
        return eventHubReceiverDeserializer(item);
    });
}
function eventHubReceiverSerializer(item) {
    return {
        name: item["name"],
        eventHubNameSpace: item["eventHubNameSpace"],
        eventHubName: item["eventHubName"],
        useCommonAlertSchema: item["useCommonAlertSchema"],
        tenantId: item["tenantId"],
        subscriptionId: item["subscriptionId"],
        managedIdentity: item["managedIdentity"],
    };
}
function eventHubReceiverDeserializer(item) {
    return {
        name: item["name"],
        eventHubNameSpace: item["eventHubNameSpace"],
        eventHubName: item["eventHubName"],
        useCommonAlertSchema: item["useCommonAlertSchema"],
        tenantId: item["tenantId"],
        subscriptionId: item["subscriptionId"],
        managedIdentity: item["managedIdentity"],
    };
}
function incidentReceiverArraySerializer(result) {
    return result.map((item) => {
        return incidentReceiverSerializer(item);
    });
}
function incidentReceiverArrayDeserializer(result) {
    return result.map((item) => {
        return incidentReceiverDeserializer(item);
    });
}
function incidentReceiverSerializer(item) {
    return {
        name: item["name"],
        connection: incidentServiceConnectionSerializer(item["connection"]),
        incidentManagementService: item["incidentManagementService"],
        mappings: item["mappings"],
    };
}
function incidentReceiverDeserializer(item) {
    return {
        name: item["name"],
        connection: incidentServiceConnectionDeserializer(item["connection"]),
        incidentManagementService: item["incidentManagementService"],
        mappings: Object.fromEntries(Object.entries(item["mappings"]).map(([k, p]) => [k, p])),
    };
}
function incidentServiceConnectionSerializer(item) {
    return { name: item["name"], id: item["id"] };
}
function incidentServiceConnectionDeserializer(item) {
    return {
        name: item["name"],
        id: item["id"],
    };
}
/** The incident management service type */
var KnownIncidentManagementService;
(function (KnownIncidentManagementService) {
    /** Icm */
    KnownIncidentManagementService["Icm"] = "Icm";
})(KnownIncidentManagementService || (KnownIncidentManagementService = {}));
function actionGroupPatchBodySerializer(item) {
    return {
        tags: item["tags"],
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentitySerializer(item["identity"]),
        properties: areAllPropsUndefined(item, ["enabled"])
            ? undefined
            : _actionGroupPatchBodyPropertiesSerializer(item),
    };
}
function _actionGroupListDeserializer(item) {
    return {
        value: actionGroupResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function actionGroupResourceArraySerializer(result) {
    return result.map((item) => {
        return actionGroupResourceSerializer(item);
    });
}
function actionGroupResourceArrayDeserializer(result) {
    return result.map((item) => {
        return actionGroupResourceDeserializer(item);
    });
}
function notificationRequestBodySerializer(item) {
    return {
        alertType: item["alertType"],
        emailReceivers: !item["emailReceivers"]
            ? item["emailReceivers"]
            : models_emailReceiverArraySerializer(item["emailReceivers"]),
        smsReceivers: !item["smsReceivers"]
            ? item["smsReceivers"]
            : models_smsReceiverArraySerializer(item["smsReceivers"]),
        webhookReceivers: !item["webhookReceivers"]
            ? item["webhookReceivers"]
            : webhookReceiverArraySerializer(item["webhookReceivers"]),
        itsmReceivers: !item["itsmReceivers"]
            ? item["itsmReceivers"]
            : itsmReceiverArraySerializer(item["itsmReceivers"]),
        azureAppPushReceivers: !item["azureAppPushReceivers"]
            ? item["azureAppPushReceivers"]
            : models_azureAppPushReceiverArraySerializer(item["azureAppPushReceivers"]),
        automationRunbookReceivers: !item["automationRunbookReceivers"]
            ? item["automationRunbookReceivers"]
            : automationRunbookReceiverArraySerializer(item["automationRunbookReceivers"]),
        voiceReceivers: !item["voiceReceivers"]
            ? item["voiceReceivers"]
            : models_voiceReceiverArraySerializer(item["voiceReceivers"]),
        logicAppReceivers: !item["logicAppReceivers"]
            ? item["logicAppReceivers"]
            : logicAppReceiverArraySerializer(item["logicAppReceivers"]),
        azureFunctionReceivers: !item["azureFunctionReceivers"]
            ? item["azureFunctionReceivers"]
            : azureFunctionReceiverArraySerializer(item["azureFunctionReceivers"]),
        armRoleReceivers: !item["armRoleReceivers"]
            ? item["armRoleReceivers"]
            : armRoleReceiverArraySerializer(item["armRoleReceivers"]),
        eventHubReceivers: !item["eventHubReceivers"]
            ? item["eventHubReceivers"]
            : eventHubReceiverArraySerializer(item["eventHubReceivers"]),
        incidentReceivers: !item["incidentReceivers"]
            ? item["incidentReceivers"]
            : incidentReceiverArraySerializer(item["incidentReceivers"]),
    };
}
function testNotificationDetailsResponseDeserializer(item) {
    return {
        context: !item["context"] ? item["context"] : contextDeserializer(item["context"]),
        state: item["state"],
        completedTime: item["completedTime"],
        createdTime: item["createdTime"],
        actionDetails: !item["actionDetails"]
            ? item["actionDetails"]
            : actionDetailArrayDeserializer(item["actionDetails"]),
    };
}
function actionDetailArrayDeserializer(result) {
    return result.map((item) => {
        return actionDetailDeserializer(item);
    });
}
function actionDetailDeserializer(item) {
    return {
        mechanismType: item["MechanismType"],
        name: item["Name"],
        status: item["Status"],
        subState: item["SubState"],
        sendTime: item["SendTime"],
        detail: item["Detail"],
    };
}
function enableRequestSerializer(item) {
    return { receiverName: item["receiverName"] };
}
function _actionGroupResourcePropertiesSerializer(item) {
    return {
        groupShortName: item["groupShortName"],
        enabled: item["enabled"],
        emailReceivers: !item["emailReceivers"]
            ? item["emailReceivers"]
            : models_emailReceiverArraySerializer(item["emailReceivers"]),
        smsReceivers: !item["smsReceivers"]
            ? item["smsReceivers"]
            : models_smsReceiverArraySerializer(item["smsReceivers"]),
        webhookReceivers: !item["webhookReceivers"]
            ? item["webhookReceivers"]
            : webhookReceiverArraySerializer(item["webhookReceivers"]),
        itsmReceivers: !item["itsmReceivers"]
            ? item["itsmReceivers"]
            : itsmReceiverArraySerializer(item["itsmReceivers"]),
        azureAppPushReceivers: !item["azureAppPushReceivers"]
            ? item["azureAppPushReceivers"]
            : models_azureAppPushReceiverArraySerializer(item["azureAppPushReceivers"]),
        automationRunbookReceivers: !item["automationRunbookReceivers"]
            ? item["automationRunbookReceivers"]
            : automationRunbookReceiverArraySerializer(item["automationRunbookReceivers"]),
        voiceReceivers: !item["voiceReceivers"]
            ? item["voiceReceivers"]
            : models_voiceReceiverArraySerializer(item["voiceReceivers"]),
        logicAppReceivers: !item["logicAppReceivers"]
            ? item["logicAppReceivers"]
            : logicAppReceiverArraySerializer(item["logicAppReceivers"]),
        azureFunctionReceivers: !item["azureFunctionReceivers"]
            ? item["azureFunctionReceivers"]
            : azureFunctionReceiverArraySerializer(item["azureFunctionReceivers"]),
        armRoleReceivers: !item["armRoleReceivers"]
            ? item["armRoleReceivers"]
            : armRoleReceiverArraySerializer(item["armRoleReceivers"]),
        eventHubReceivers: !item["eventHubReceivers"]
            ? item["eventHubReceivers"]
            : eventHubReceiverArraySerializer(item["eventHubReceivers"]),
        incidentReceivers: !item["incidentReceivers"]
            ? item["incidentReceivers"]
            : incidentReceiverArraySerializer(item["incidentReceivers"]),
    };
}
function _actionGroupResourcePropertiesDeserializer(item) {
    return {
        groupShortName: item["groupShortName"],
        enabled: item["enabled"],
        emailReceivers: !item["emailReceivers"]
            ? item["emailReceivers"]
            : models_emailReceiverArrayDeserializer(item["emailReceivers"]),
        smsReceivers: !item["smsReceivers"]
            ? item["smsReceivers"]
            : models_smsReceiverArrayDeserializer(item["smsReceivers"]),
        webhookReceivers: !item["webhookReceivers"]
            ? item["webhookReceivers"]
            : webhookReceiverArrayDeserializer(item["webhookReceivers"]),
        itsmReceivers: !item["itsmReceivers"]
            ? item["itsmReceivers"]
            : itsmReceiverArrayDeserializer(item["itsmReceivers"]),
        azureAppPushReceivers: !item["azureAppPushReceivers"]
            ? item["azureAppPushReceivers"]
            : models_azureAppPushReceiverArrayDeserializer(item["azureAppPushReceivers"]),
        automationRunbookReceivers: !item["automationRunbookReceivers"]
            ? item["automationRunbookReceivers"]
            : automationRunbookReceiverArrayDeserializer(item["automationRunbookReceivers"]),
        voiceReceivers: !item["voiceReceivers"]
            ? item["voiceReceivers"]
            : models_voiceReceiverArrayDeserializer(item["voiceReceivers"]),
        logicAppReceivers: !item["logicAppReceivers"]
            ? item["logicAppReceivers"]
            : logicAppReceiverArrayDeserializer(item["logicAppReceivers"]),
        azureFunctionReceivers: !item["azureFunctionReceivers"]
            ? item["azureFunctionReceivers"]
            : azureFunctionReceiverArrayDeserializer(item["azureFunctionReceivers"]),
        armRoleReceivers: !item["armRoleReceivers"]
            ? item["armRoleReceivers"]
            : armRoleReceiverArrayDeserializer(item["armRoleReceivers"]),
        eventHubReceivers: !item["eventHubReceivers"]
            ? item["eventHubReceivers"]
            : eventHubReceiverArrayDeserializer(item["eventHubReceivers"]),
        incidentReceivers: !item["incidentReceivers"]
            ? item["incidentReceivers"]
            : incidentReceiverArrayDeserializer(item["incidentReceivers"]),
    };
}
//# sourceMappingURL=models.js.map
// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 38 modules
var core_rest_pipeline_dist_esm = __webpack_require__(690);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/static-helpers/pagingHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * Helper to paginate results in a generic way and return a PagedAsyncIterableIterator
 */
function buildPagedAsyncIterator(client, getInitialResponse, processResponseBody, expectedStatuses, options = {}) {
    const itemName = options.itemName ?? "value";
    const nextLinkName = options.nextLinkName ?? "nextLink";
    const nextLinkMethod = options.nextLinkMethod ?? "GET";
    const apiVersion = options.apiVersion;
    const pagedResult = {
        getPage: async (pageLink) => {
            let result;
            if (pageLink === undefined) {
                result = await getInitialResponse();
            }
            else {
                const resolvedPageLink = apiVersion ? pagingHelpers_addApiVersionToUrl(pageLink, apiVersion) : pageLink;
                result =
                    nextLinkMethod === "POST"
                        ? await client.pathUnchecked(resolvedPageLink).post()
                        : await client.pathUnchecked(resolvedPageLink).get();
            }
            checkPagingRequest(result, expectedStatuses);
            const results = await processResponseBody(result);
            const nextLink = getNextLink(results, nextLinkName);
            const values = getElements(results, itemName);
            return {
                page: values,
                nextPageLink: nextLink,
            };
        },
        byPage: (settings) => {
            const { continuationToken } = settings ?? {};
            return getPageAsyncIterator(pagedResult, {
                pageLink: continuationToken,
            });
        },
    };
    return getPagedAsyncIterator(pagedResult);
}
/**
 * returns an async iterator that iterates over results. It also has a `byPage`
 * method that returns pages of items at once.
 *
 * @param pagedResult - an object that specifies how to get pages.
 * @returns a paged async iterator that iterates over results.
 */
function getPagedAsyncIterator(pagedResult) {
    const iter = getItemAsyncIterator(pagedResult);
    return {
        next() {
            return iter.next();
        },
        [Symbol.asyncIterator]() {
            return this;
        },
        byPage: pagedResult?.byPage ??
            ((settings) => {
                const { continuationToken } = settings ?? {};
                return getPageAsyncIterator(pagedResult, {
                    pageLink: continuationToken,
                });
            }),
    };
}
async function* getItemAsyncIterator(pagedResult) {
    const pages = getPageAsyncIterator(pagedResult);
    for await (const page of pages) {
        yield* page;
    }
}
async function* getPageAsyncIterator(pagedResult, options = {}) {
    const { pageLink } = options;
    let response = await pagedResult.getPage(pageLink ?? pagedResult.firstPageLink);
    if (!response) {
        return;
    }
    let result = response.page;
    result.continuationToken = response.nextPageLink;
    yield result;
    while (response.nextPageLink) {
        response = await pagedResult.getPage(response.nextPageLink);
        if (!response) {
            return;
        }
        result = response.page;
        result.continuationToken = response.nextPageLink;
        yield result;
    }
}
/**
 * Gets for the value of nextLink in the body
 */
function getNextLink(body, nextLinkName) {
    if (!nextLinkName) {
        return undefined;
    }
    const nextLink = body[nextLinkName];
    if (typeof nextLink !== "string" && typeof nextLink !== "undefined" && nextLink !== null) {
        throw new core_rest_pipeline_dist_esm/* RestError */.pj(`Body Property ${nextLinkName} should be a string or undefined or null but got ${typeof nextLink}`);
    }
    if (nextLink === null) {
        return undefined;
    }
    return nextLink;
}
/**
 * Gets the elements of the current request in the body.
 */
function getElements(body, itemName) {
    const value = body[itemName];
    if (!Array.isArray(value)) {
        throw new core_rest_pipeline_dist_esm/* RestError */.pj(`Couldn't paginate response\n Body doesn't contain an array property with name: ${itemName}`);
    }
    return value ?? [];
}
/**
 * Checks if a request failed
 */
function checkPagingRequest(response, expectedStatuses) {
    if (!expectedStatuses.includes(response.status)) {
        throw (0,dist_esm/* createRestError */.t$)(`Pagination failed with unexpected statusCode ${response.status}`, response);
    }
}
/**
 * Adds the api-version query parameter on a URL if it's not present.
 * @param url - the URL to modify
 * @param apiVersion - the API version to set
 * @returns - the URL with the api-version query parameter set
 */
function pagingHelpers_addApiVersionToUrl(url, apiVersion) {
    // The base URL is only used for parsing and won't appear in the returned URL
    const urlObj = new URL(url, "https://microsoft.com");
    if (!urlObj.searchParams.get("api-version")) {
        // Append one if there is no apiVersion
        return `${url}${urlObj.search ? "&" : "?"}api-version=${apiVersion}`;
    }
    return url;
}
//# sourceMappingURL=pagingHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/actionGroups/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.







function _reconcileNSPSend(context, resourceGroupName, actionGroupName, networkSecurityPerimeterConfigurationName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/actionGroups/{actionGroupName}/networkSecurityPerimeterConfigurations/{networkSecurityPerimeterConfigurationName}/reconcile{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        actionGroupName: actionGroupName,
        networkSecurityPerimeterConfigurationName: networkSecurityPerimeterConfigurationName,
        "api%2Dversion": "2021-10-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _reconcileNSPDeserialize(result) {
    const expectedStatuses = ["202", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = armErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Reconciles a specified NSP configuration for specified action group. */
function reconcileNSP(context, resourceGroupName, actionGroupName, networkSecurityPerimeterConfigurationName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _reconcileNSPDeserialize, ["202", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _reconcileNSPSend(context, resourceGroupName, actionGroupName, networkSecurityPerimeterConfigurationName, options),
        resourceLocationConfig: "location",
        apiVersion: "2021-10-01",
    });
}
function _listNSPSend(context, resourceGroupName, actionGroupName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/actionGroups/{actionGroupName}/networkSecurityPerimeterConfigurations{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        actionGroupName: actionGroupName,
        "api%2Dversion": "2021-10-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listNSPDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = armErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _networkSecurityPerimeterConfigurationListResultDeserializer(result.body);
}
/** Gets a list of NSP configurations for specified action group. */
function listNSP(context, resourceGroupName, actionGroupName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listNSPSend(context, resourceGroupName, actionGroupName, options), _listNSPDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2021-10-01" });
}
function _getNSPSend(context, resourceGroupName, actionGroupName, networkSecurityPerimeterConfigurationName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/actionGroups/{actionGroupName}/networkSecurityPerimeterConfigurations/{networkSecurityPerimeterConfigurationName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        actionGroupName: actionGroupName,
        networkSecurityPerimeterConfigurationName: networkSecurityPerimeterConfigurationName,
        "api%2Dversion": "2021-10-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getNSPDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = armErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return networkSecurityPerimeterConfigurationDeserializer(result.body);
}
/** Gets a specified NSP configuration for specified action group. */
async function getNSP(context, resourceGroupName, actionGroupName, networkSecurityPerimeterConfigurationName, options = { requestOptions: {} }) {
    const result = await _getNSPSend(context, resourceGroupName, actionGroupName, networkSecurityPerimeterConfigurationName, options);
    return _getNSPDeserialize(result);
}
function _enableReceiverSend(context, resourceGroupName, actionGroupName, enableRequest, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/actionGroups/{actionGroupName}/subscribe{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        actionGroupName: actionGroupName,
        "api%2Dversion": "2024-10-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        body: enableRequestSerializer(enableRequest),
    });
}
async function _enableReceiverDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Enable a receiver in an action group. This changes the receiver's status from Disabled to Enabled. This operation is only supported for Email or SMS receivers. */
async function enableReceiver(context, resourceGroupName, actionGroupName, enableRequest, options = { requestOptions: {} }) {
    const result = await _enableReceiverSend(context, resourceGroupName, actionGroupName, enableRequest, options);
    return _enableReceiverDeserialize(result);
}
function _getTestNotificationsAtActionGroupResourceLevelSend(context, resourceGroupName, actionGroupName, notificationId, options = {
    requestOptions: {},
}) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Insights/actionGroups/{actionGroupName}/notificationStatus/{notificationId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        actionGroupName: actionGroupName,
        notificationId: notificationId,
        "api%2Dversion": "2024-10-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getTestNotificationsAtActionGroupResourceLevelDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return testNotificationDetailsResponseDeserializer(result.body);
}
/** Get the test notifications by the notification id */
async function getTestNotificationsAtActionGroupResourceLevel(context, resourceGroupName, actionGroupName, notificationId, options = {
    requestOptions: {},
}) {
    const result = await _getTestNotificationsAtActionGroupResourceLevelSend(context, resourceGroupName, actionGroupName, notificationId, options);
    return _getTestNotificationsAtActionGroupResourceLevelDeserialize(result);
}
function _createNotificationsAtActionGroupResourceLevelSend(context, resourceGroupName, actionGroupName, notificationRequest, options = {
    requestOptions: {},
}) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/actionGroups/{actionGroupName}/createNotifications{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        actionGroupName: actionGroupName,
        "api%2Dversion": "2024-10-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: notificationRequestBodySerializer(notificationRequest),
    });
}
async function _createNotificationsAtActionGroupResourceLevelDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return testNotificationDetailsResponseDeserializer(result.body);
}
/** Send test notifications to a set of provided receivers */
function createNotificationsAtActionGroupResourceLevel(context, resourceGroupName, actionGroupName, notificationRequest, options = {
    requestOptions: {},
}) {
    return pollingHelpers_getLongRunningPoller(context, _createNotificationsAtActionGroupResourceLevelDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createNotificationsAtActionGroupResourceLevelSend(context, resourceGroupName, actionGroupName, notificationRequest, options),
        resourceLocationConfig: "location",
        apiVersion: "2024-10-01-preview",
    });
}
function _listBySubscriptionIdSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Insights/actionGroups{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": "2024-10-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listBySubscriptionIdDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _actionGroupListDeserializer(result.body);
}
/** Get a list of all action groups in a subscription. */
function listBySubscriptionId(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listBySubscriptionIdSend(context, options), _listBySubscriptionIdDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2024-10-01-preview" });
}
function _listByResourceGroupSend(context, resourceGroupName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/actionGroups{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        "api%2Dversion": "2024-10-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listByResourceGroupDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _actionGroupListDeserializer(result.body);
}
/** Get a list of all action groups in a resource group. */
function listByResourceGroup(context, resourceGroupName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listByResourceGroupSend(context, resourceGroupName, options), _listByResourceGroupDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2024-10-01-preview" });
}
function _$deleteSend(context, resourceGroupName, actionGroupName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/actionGroups/{actionGroupName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        actionGroupName: actionGroupName,
        "api%2Dversion": "2024-10-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _$deleteDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Delete an action group. */
async function $delete(context, resourceGroupName, actionGroupName, options = { requestOptions: {} }) {
    const result = await _$deleteSend(context, resourceGroupName, actionGroupName, options);
    return _$deleteDeserialize(result);
}
function _updateSend(context, resourceGroupName, actionGroupName, actionGroupPatch, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/actionGroups/{actionGroupName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        actionGroupName: actionGroupName,
        "api%2Dversion": "2024-10-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: actionGroupPatchBodySerializer(actionGroupPatch),
    });
}
async function _updateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return actionGroupResourceDeserializer(result.body);
}
/** Updates an existing action group's tags. To update other fields use the CreateOrUpdate method. */
async function update(context, resourceGroupName, actionGroupName, actionGroupPatch, options = { requestOptions: {} }) {
    const result = await _updateSend(context, resourceGroupName, actionGroupName, actionGroupPatch, options);
    return _updateDeserialize(result);
}
function _createOrUpdateSend(context, resourceGroupName, actionGroupName, actionGroup, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/actionGroups/{actionGroupName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        actionGroupName: actionGroupName,
        "api%2Dversion": "2024-10-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: actionGroupResourceSerializer(actionGroup),
    });
}
async function _createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return actionGroupResourceDeserializer(result.body);
}
/** Create a new action group or update an existing one. */
async function createOrUpdate(context, resourceGroupName, actionGroupName, actionGroup, options = { requestOptions: {} }) {
    const result = await _createOrUpdateSend(context, resourceGroupName, actionGroupName, actionGroup, options);
    return _createOrUpdateDeserialize(result);
}
function _getSend(context, resourceGroupName, actionGroupName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/actionGroups/{actionGroupName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        actionGroupName: actionGroupName,
        "api%2Dversion": "2024-10-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return actionGroupResourceDeserializer(result.body);
}
/** Get an action group. */
async function get(context, resourceGroupName, actionGroupName, options = { requestOptions: {} }) {
    const result = await _getSend(context, resourceGroupName, actionGroupName, options);
    return _getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/static-helpers/simplePollerHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Create the deprecated SimplePollerLike from PollerLike
 * @param poller PollerLike to convert
 * @returns SimplePollerLike
 */
function getSimplePoller(poller) {
    const simplePoller = {
        isDone() {
            return poller.isDone;
        },
        isStopped() {
            throw new Error("isStopped is deprecated. Use abortSignal status to track this instead.");
        },
        getOperationState() {
            if (!poller.operationState) {
                throw new Error("Operation state is not available. The poller may not have been started and you could await submitted() before calling getOperationState().");
            }
            return poller.operationState;
        },
        getResult() {
            return poller.result;
        },
        toString() {
            if (!poller.operationState) {
                throw new Error("Operation state is not available. The poller may not have been started and you could await submitted() before calling getOperationState().");
            }
            return JSON.stringify({
                state: poller.operationState,
            });
        },
        stopPolling() {
            throw new Error("stopPolling is deprecated. Use abortSignal to stop polling instead.");
        },
        onProgress: poller.onProgress,
        poll: poller.poll,
        pollUntilDone: poller.pollUntilDone,
        serialize: poller.serialize,
        submitted: poller.submitted,
    };
    return simplePoller;
}
//# sourceMappingURL=simplePollerHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/classic/actionGroups/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getActionGroups(context) {
    return {
        reconcileNSP: (resourceGroupName, actionGroupName, networkSecurityPerimeterConfigurationName, options) => reconcileNSP(context, resourceGroupName, actionGroupName, networkSecurityPerimeterConfigurationName, options),
        beginReconcileNSP: async (resourceGroupName, actionGroupName, networkSecurityPerimeterConfigurationName, options) => {
            const poller = reconcileNSP(context, resourceGroupName, actionGroupName, networkSecurityPerimeterConfigurationName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginReconcileNSPAndWait: async (resourceGroupName, actionGroupName, networkSecurityPerimeterConfigurationName, options) => {
            return await reconcileNSP(context, resourceGroupName, actionGroupName, networkSecurityPerimeterConfigurationName, options);
        },
        listNSP: (resourceGroupName, actionGroupName, options) => listNSP(context, resourceGroupName, actionGroupName, options),
        getNSP: (resourceGroupName, actionGroupName, networkSecurityPerimeterConfigurationName, options) => getNSP(context, resourceGroupName, actionGroupName, networkSecurityPerimeterConfigurationName, options),
        enableReceiver: (resourceGroupName, actionGroupName, enableRequest, options) => enableReceiver(context, resourceGroupName, actionGroupName, enableRequest, options),
        getTestNotificationsAtActionGroupResourceLevel: (resourceGroupName, actionGroupName, notificationId, options) => getTestNotificationsAtActionGroupResourceLevel(context, resourceGroupName, actionGroupName, notificationId, options),
        createNotificationsAtActionGroupResourceLevel: (resourceGroupName, actionGroupName, notificationRequest, options) => createNotificationsAtActionGroupResourceLevel(context, resourceGroupName, actionGroupName, notificationRequest, options),
        beginCreateNotificationsAtActionGroupResourceLevel: async (resourceGroupName, actionGroupName, notificationRequest, options) => {
            const poller = createNotificationsAtActionGroupResourceLevel(context, resourceGroupName, actionGroupName, notificationRequest, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateNotificationsAtActionGroupResourceLevelAndWait: async (resourceGroupName, actionGroupName, notificationRequest, options) => {
            return await createNotificationsAtActionGroupResourceLevel(context, resourceGroupName, actionGroupName, notificationRequest, options);
        },
        listBySubscriptionId: (options) => listBySubscriptionId(context, options),
        listByResourceGroup: (resourceGroupName, options) => listByResourceGroup(context, resourceGroupName, options),
        delete: (resourceGroupName, actionGroupName, options) => $delete(context, resourceGroupName, actionGroupName, options),
        update: (resourceGroupName, actionGroupName, actionGroupPatch, options) => update(context, resourceGroupName, actionGroupName, actionGroupPatch, options),
        createOrUpdate: (resourceGroupName, actionGroupName, actionGroup, options) => createOrUpdate(context, resourceGroupName, actionGroupName, actionGroup, options),
        get: (resourceGroupName, actionGroupName, options) => get(context, resourceGroupName, actionGroupName, options),
    };
}
function _getActionGroupsOperations(context) {
    return {
        ..._getActionGroups(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/models/activityLogAlertsApi/models.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/*
 * This file contains only generated model types and their (de)serializers.
 * Disable the following rules for internal models with '_' prefix and deserializers which require 'any' for raw JSON input.
 */
/* eslint-disable @typescript-eslint/naming-convention */
/* eslint-disable @typescript-eslint/explicit-module-boundary-types */


function activityLogAlertResourceSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, [
            "tenantScope",
            "scopes",
            "condition",
            "actions",
            "enabled",
            "description",
        ])
            ? undefined
            : _activityLogAlertResourcePropertiesSerializer(item),
        tags: item["tags"],
        location: item["location"],
    };
}
function activityLogAlertResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _activityLogAlertResourcePropertiesDeserializer(item["properties"])),
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
    };
}
function alertRulePropertiesSerializer(item) {
    return {
        tenantScope: item["tenantScope"],
        scopes: !item["scopes"]
            ? item["scopes"]
            : item["scopes"].map((p) => {
                return p;
            }),
        condition: alertRuleAllOfConditionSerializer(item["condition"]),
        actions: actionListSerializer(item["actions"]),
        enabled: item["enabled"],
        description: item["description"],
    };
}
function alertRulePropertiesDeserializer(item) {
    return {
        tenantScope: item["tenantScope"],
        scopes: !item["scopes"]
            ? item["scopes"]
            : item["scopes"].map((p) => {
                return p;
            }),
        condition: alertRuleAllOfConditionDeserializer(item["condition"]),
        actions: actionListDeserializer(item["actions"]),
        enabled: item["enabled"],
        description: item["description"],
    };
}
function alertRuleAllOfConditionSerializer(item) {
    return { allOf: alertRuleAnyOfOrLeafConditionArraySerializer(item["allOf"]) };
}
function alertRuleAllOfConditionDeserializer(item) {
    return {
        allOf: alertRuleAnyOfOrLeafConditionArrayDeserializer(item["allOf"]),
    };
}
function alertRuleAnyOfOrLeafConditionArraySerializer(result) {
    return result.map((item) => {
        return alertRuleAnyOfOrLeafConditionSerializer(item);
    });
}
function alertRuleAnyOfOrLeafConditionArrayDeserializer(result) {
    return result.map((item) => {
        return alertRuleAnyOfOrLeafConditionDeserializer(item);
    });
}
function alertRuleAnyOfOrLeafConditionSerializer(item) {
    return {
        field: item["field"],
        equals: item["equals"],
        containsAny: !item["containsAny"]
            ? item["containsAny"]
            : item["containsAny"].map((p) => {
                return p;
            }),
        anyOf: !item["anyOf"] ? item["anyOf"] : alertRuleLeafConditionArraySerializer(item["anyOf"]),
    };
}
function alertRuleAnyOfOrLeafConditionDeserializer(item) {
    return {
        field: item["field"],
        equals: item["equals"],
        containsAny: !item["containsAny"]
            ? item["containsAny"]
            : item["containsAny"].map((p) => {
                return p;
            }),
        anyOf: !item["anyOf"] ? item["anyOf"] : alertRuleLeafConditionArrayDeserializer(item["anyOf"]),
    };
}
function alertRuleLeafConditionArraySerializer(result) {
    return result.map((item) => {
        return alertRuleLeafConditionSerializer(item);
    });
}
function alertRuleLeafConditionArrayDeserializer(result) {
    return result.map((item) => {
        return alertRuleLeafConditionDeserializer(item);
    });
}
function alertRuleLeafConditionSerializer(item) {
    return {
        field: item["field"],
        equals: item["equals"],
        containsAny: !item["containsAny"]
            ? item["containsAny"]
            : item["containsAny"].map((p) => {
                return p;
            }),
    };
}
function alertRuleLeafConditionDeserializer(item) {
    return {
        field: item["field"],
        equals: item["equals"],
        containsAny: !item["containsAny"]
            ? item["containsAny"]
            : item["containsAny"].map((p) => {
                return p;
            }),
    };
}
function actionListSerializer(item) {
    return {
        actionGroups: !item["actionGroups"]
            ? item["actionGroups"]
            : activityLogAlertActionGroupArraySerializer(item["actionGroups"]),
    };
}
function actionListDeserializer(item) {
    return {
        actionGroups: !item["actionGroups"]
            ? item["actionGroups"]
            : activityLogAlertActionGroupArrayDeserializer(item["actionGroups"]),
    };
}
function activityLogAlertActionGroupArraySerializer(result) {
    return result.map((item) => {
        return activityLogAlertActionGroupSerializer(item);
    });
}
function activityLogAlertActionGroupArrayDeserializer(result) {
    return result.map((item) => {
        return activityLogAlertActionGroupDeserializer(item);
    });
}
function activityLogAlertActionGroupSerializer(item) {
    return {
        actionGroupId: item["actionGroupId"],
        webhookProperties: item["webhookProperties"],
        actionProperties: item["actionProperties"],
    };
}
function activityLogAlertActionGroupDeserializer(item) {
    return {
        actionGroupId: item["actionGroupId"],
        webhookProperties: !item["webhookProperties"]
            ? item["webhookProperties"]
            : Object.fromEntries(Object.entries(item["webhookProperties"]).map(([k, p]) => [k, p])),
        actionProperties: !item["actionProperties"]
            ? item["actionProperties"]
            : Object.fromEntries(Object.entries(item["actionProperties"]).map(([k, p]) => [k, p])),
    };
}
function activityLogAlertErrorResponseDeserializer(item) {
    return {
        code: item["code"],
        message: item["message"],
    };
}
function alertRulePatchObjectSerializer(item) {
    return {
        tags: item["tags"],
        properties: areAllPropsUndefined(item, ["enabled"])
            ? undefined
            : _alertRulePatchObjectPropertiesSerializer(item),
    };
}
function alertRulePatchPropertiesSerializer(item) {
    return { enabled: item["enabled"] };
}
function _alertRuleListDeserializer(item) {
    return {
        value: activityLogAlertResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function activityLogAlertResourceArraySerializer(result) {
    return result.map((item) => {
        return activityLogAlertResourceSerializer(item);
    });
}
function activityLogAlertResourceArrayDeserializer(result) {
    return result.map((item) => {
        return activityLogAlertResourceDeserializer(item);
    });
}
function _activityLogAlertResourcePropertiesSerializer(item) {
    return {
        tenantScope: item["tenantScope"],
        scopes: !item["scopes"]
            ? item["scopes"]
            : item["scopes"].map((p) => {
                return p;
            }),
        condition: !item["condition"]
            ? item["condition"]
            : alertRuleAllOfConditionSerializer(item["condition"]),
        actions: !item["actions"] ? item["actions"] : actionListSerializer(item["actions"]),
        enabled: item["enabled"],
        description: item["description"],
    };
}
function _activityLogAlertResourcePropertiesDeserializer(item) {
    return {
        tenantScope: item["tenantScope"],
        scopes: !item["scopes"]
            ? item["scopes"]
            : item["scopes"].map((p) => {
                return p;
            }),
        condition: !item["condition"]
            ? item["condition"]
            : alertRuleAllOfConditionDeserializer(item["condition"]),
        actions: !item["actions"] ? item["actions"] : actionListDeserializer(item["actions"]),
        enabled: item["enabled"],
        description: item["description"],
    };
}
function _alertRulePatchObjectPropertiesSerializer(item) {
    return { enabled: item["enabled"] };
}
//# sourceMappingURL=models.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/activityLogAlerts/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function operations_listBySubscriptionIdSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Insights/activityLogAlerts{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": "2023-01-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_listBySubscriptionIdDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = activityLogAlertErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _alertRuleListDeserializer(result.body);
}
/** Get a list of all Activity Log Alert rules in a subscription. */
function operations_listBySubscriptionId(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => operations_listBySubscriptionIdSend(context, options), operations_listBySubscriptionIdDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2023-01-01-preview" });
}
function operations_listByResourceGroupSend(context, resourceGroupName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/activityLogAlerts{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        "api%2Dversion": "2023-01-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_listByResourceGroupDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = activityLogAlertErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _alertRuleListDeserializer(result.body);
}
/** Get a list of all Activity Log Alert rules in a resource group. */
function operations_listByResourceGroup(context, resourceGroupName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => operations_listByResourceGroupSend(context, resourceGroupName, options), operations_listByResourceGroupDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2023-01-01-preview" });
}
function operations_$deleteSend(context, resourceGroupName, activityLogAlertName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/activityLogAlerts/{activityLogAlertName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        activityLogAlertName: activityLogAlertName,
        "api%2Dversion": "2023-01-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = activityLogAlertErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Delete an Activity Log Alert rule. */
async function operations_$delete(context, resourceGroupName, activityLogAlertName, options = { requestOptions: {} }) {
    const result = await operations_$deleteSend(context, resourceGroupName, activityLogAlertName, options);
    return operations_$deleteDeserialize(result);
}
function operations_updateSend(context, resourceGroupName, activityLogAlertName, activityLogAlertRulePatch, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/activityLogAlerts/{activityLogAlertName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        activityLogAlertName: activityLogAlertName,
        "api%2Dversion": "2023-01-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: alertRulePatchObjectSerializer(activityLogAlertRulePatch),
    });
}
async function operations_updateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = activityLogAlertErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return activityLogAlertResourceDeserializer(result.body);
}
/** Updates 'tags' and 'enabled' fields in an existing Alert rule. This method is used to update the Alert rule tags, and to enable or disable the Alert rule. To update other fields use CreateOrUpdate operation. */
async function operations_update(context, resourceGroupName, activityLogAlertName, activityLogAlertRulePatch, options = { requestOptions: {} }) {
    const result = await operations_updateSend(context, resourceGroupName, activityLogAlertName, activityLogAlertRulePatch, options);
    return operations_updateDeserialize(result);
}
function operations_createOrUpdateSend(context, resourceGroupName, activityLogAlertName, activityLogAlertRule, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/activityLogAlerts/{activityLogAlertName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        activityLogAlertName: activityLogAlertName,
        "api%2Dversion": "2023-01-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: activityLogAlertResourceSerializer(activityLogAlertRule),
    });
}
async function operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = activityLogAlertErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return activityLogAlertResourceDeserializer(result.body);
}
/** Create a new Activity Log Alert rule or update an existing one. */
async function operations_createOrUpdate(context, resourceGroupName, activityLogAlertName, activityLogAlertRule, options = { requestOptions: {} }) {
    const result = await operations_createOrUpdateSend(context, resourceGroupName, activityLogAlertName, activityLogAlertRule, options);
    return operations_createOrUpdateDeserialize(result);
}
function operations_getSend(context, resourceGroupName, activityLogAlertName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/activityLogAlerts/{activityLogAlertName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        activityLogAlertName: activityLogAlertName,
        "api%2Dversion": "2023-01-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = activityLogAlertErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return activityLogAlertResourceDeserializer(result.body);
}
/** Get an Activity Log Alert rule. */
async function operations_get(context, resourceGroupName, activityLogAlertName, options = { requestOptions: {} }) {
    const result = await operations_getSend(context, resourceGroupName, activityLogAlertName, options);
    return operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/classic/activityLogAlerts/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getActivityLogAlerts(context) {
    return {
        listBySubscriptionId: (options) => operations_listBySubscriptionId(context, options),
        listByResourceGroup: (resourceGroupName, options) => operations_listByResourceGroup(context, resourceGroupName, options),
        delete: (resourceGroupName, activityLogAlertName, options) => operations_$delete(context, resourceGroupName, activityLogAlertName, options),
        update: (resourceGroupName, activityLogAlertName, activityLogAlertRulePatch, options) => operations_update(context, resourceGroupName, activityLogAlertName, activityLogAlertRulePatch, options),
        createOrUpdate: (resourceGroupName, activityLogAlertName, activityLogAlertRule, options) => operations_createOrUpdate(context, resourceGroupName, activityLogAlertName, activityLogAlertRule, options),
        get: (resourceGroupName, activityLogAlertName, options) => operations_get(context, resourceGroupName, activityLogAlertName, options),
    };
}
function _getActivityLogAlertsOperations(context) {
    return {
        ..._getActivityLogAlerts(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/models/activityLogsApi/models.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _eventDataCollectionDeserializer(item) {
    return {
        value: eventDataArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function eventDataArrayDeserializer(result) {
    return result.map((item) => {
        return eventDataDeserializer(item);
    });
}
function eventDataDeserializer(item) {
    return {
        authorization: !item["authorization"]
            ? item["authorization"]
            : senderAuthorizationDeserializer(item["authorization"]),
        claims: !item["claims"]
            ? item["claims"]
            : Object.fromEntries(Object.entries(item["claims"]).map(([k, p]) => [k, p])),
        caller: item["caller"],
        description: item["description"],
        id: item["id"],
        eventDataId: item["eventDataId"],
        correlationId: item["correlationId"],
        eventName: !item["eventName"]
            ? item["eventName"]
            : localizableStringDeserializer(item["eventName"]),
        category: !item["category"]
            ? item["category"]
            : localizableStringDeserializer(item["category"]),
        httpRequest: !item["httpRequest"]
            ? item["httpRequest"]
            : httpRequestInfoDeserializer(item["httpRequest"]),
        level: item["level"],
        resourceGroupName: item["resourceGroupName"],
        resourceProviderName: !item["resourceProviderName"]
            ? item["resourceProviderName"]
            : localizableStringDeserializer(item["resourceProviderName"]),
        resourceId: item["resourceId"],
        resourceType: !item["resourceType"]
            ? item["resourceType"]
            : localizableStringDeserializer(item["resourceType"]),
        operationId: item["operationId"],
        operationName: !item["operationName"]
            ? item["operationName"]
            : localizableStringDeserializer(item["operationName"]),
        properties: !item["properties"]
            ? item["properties"]
            : Object.fromEntries(Object.entries(item["properties"]).map(([k, p]) => [k, p])),
        status: !item["status"] ? item["status"] : localizableStringDeserializer(item["status"]),
        subStatus: !item["subStatus"]
            ? item["subStatus"]
            : localizableStringDeserializer(item["subStatus"]),
        eventTimestamp: !item["eventTimestamp"]
            ? item["eventTimestamp"]
            : new Date(item["eventTimestamp"]),
        submissionTimestamp: !item["submissionTimestamp"]
            ? item["submissionTimestamp"]
            : new Date(item["submissionTimestamp"]),
        subscriptionId: item["subscriptionId"],
        tenantId: item["tenantId"],
    };
}
function senderAuthorizationDeserializer(item) {
    return {
        action: item["action"],
        role: item["role"],
        scope: item["scope"],
    };
}
function httpRequestInfoDeserializer(item) {
    return {
        clientRequestId: item["clientRequestId"],
        clientIpAddress: item["clientIpAddress"],
        method: item["method"],
        uri: item["uri"],
    };
}
function _eventCategoryCollectionDeserializer(item) {
    return {
        value: localizableStringArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
//# sourceMappingURL=models.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/activityLogs/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _listSend(context, filter, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Insights/eventtypes/management/values{?api%2Dversion,%24filter,%24select}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": "2015-04-01",
        "%24filter": filter,
        "%24select": options?.select,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _eventDataCollectionDeserializer(result.body);
}
/** Provides the list of records from the activity logs. */
function list(context, filter, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listSend(context, filter, options), _listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2015-04-01" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/classic/activityLogs/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getActivityLogs(context) {
    return {
        list: (filter, options) => list(context, filter, options),
    };
}
function _getActivityLogsOperations(context) {
    return {
        ..._getActivityLogs(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/models/alertRulesIncidentsApi/models.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
function incidentDeserializer(item) {
    return {
        name: item["name"],
        ruleName: item["ruleName"],
        isActive: item["isActive"],
        activatedTime: !item["activatedTime"] ? item["activatedTime"] : new Date(item["activatedTime"]),
        resolvedTime: !item["resolvedTime"] ? item["resolvedTime"] : new Date(item["resolvedTime"]),
    };
}
function _incidentListResultDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : incidentArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function incidentArrayDeserializer(result) {
    return result.map((item) => {
        return incidentDeserializer(item);
    });
}
//# sourceMappingURL=models.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/alertRuleIncidents/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






function _listByAlertRuleSend(context, resourceGroupName, ruleName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/alertrules/{ruleName}/incidents{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        ruleName: ruleName,
        "api%2Dversion": "2016-03-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listByAlertRuleDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = armErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _incidentListResultDeserializer(result.body);
}
/** Gets a list of incidents associated to an alert rule */
function listByAlertRule(context, resourceGroupName, ruleName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listByAlertRuleSend(context, resourceGroupName, ruleName, options), _listByAlertRuleDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2016-03-01" });
}
function alertRuleIncidents_operations_getSend(context, resourceGroupName, ruleName, incidentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/microsoft.insights/alertrules/{ruleName}/incidents/{incidentName}{?api%2Dversion}", {
        resourceGroupName: resourceGroupName,
        ruleName: ruleName,
        incidentName: incidentName,
        subscriptionId: context.subscriptionId,
        "api%2Dversion": "2016-03-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function alertRuleIncidents_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return incidentDeserializer(result.body);
}
/** Gets an incident associated to an alert rule */
async function alertRuleIncidents_operations_get(context, resourceGroupName, ruleName, incidentName, options = { requestOptions: {} }) {
    const result = await alertRuleIncidents_operations_getSend(context, resourceGroupName, ruleName, incidentName, options);
    return alertRuleIncidents_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/classic/alertRuleIncidents/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getAlertRuleIncidents(context) {
    return {
        listByAlertRule: (resourceGroupName, ruleName, options) => listByAlertRule(context, resourceGroupName, ruleName, options),
        get: (resourceGroupName, ruleName, incidentName, options) => alertRuleIncidents_operations_get(context, resourceGroupName, ruleName, incidentName, options),
    };
}
function _getAlertRuleIncidentsOperations(context) {
    return {
        ..._getAlertRuleIncidents(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/models/autoScaleApi/models.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/*
 * This file contains only generated model types and their (de)serializers.
 * Disable the following rules for internal models with '_' prefix and deserializers which require 'any' for raw JSON input.
 */
/* eslint-disable @typescript-eslint/naming-convention */
/* eslint-disable @typescript-eslint/explicit-module-boundary-types */


function autoscaleSettingResourceSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: _autoscaleSettingResourcePropertiesSerializer(item),
    };
}
function autoscaleSettingResourceDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ..._autoscaleSettingResourcePropertiesDeserializer(item["properties"]),
    };
}
function autoscaleSettingSerializer(item) {
    return {
        profiles: autoscaleProfileArraySerializer(item["profiles"]),
        notifications: !item["notifications"]
            ? item["notifications"]
            : autoscaleNotificationArraySerializer(item["notifications"]),
        enabled: item["enabled"],
        predictiveAutoscalePolicy: !item["predictiveAutoscalePolicy"]
            ? item["predictiveAutoscalePolicy"]
            : predictiveAutoscalePolicySerializer(item["predictiveAutoscalePolicy"]),
        name: item["name"],
        targetResourceUri: item["targetResourceUri"],
        targetResourceLocation: item["targetResourceLocation"],
    };
}
function autoscaleSettingDeserializer(item) {
    return {
        profiles: autoscaleProfileArrayDeserializer(item["profiles"]),
        notifications: !item["notifications"]
            ? item["notifications"]
            : autoscaleNotificationArrayDeserializer(item["notifications"]),
        enabled: item["enabled"],
        predictiveAutoscalePolicy: !item["predictiveAutoscalePolicy"]
            ? item["predictiveAutoscalePolicy"]
            : predictiveAutoscalePolicyDeserializer(item["predictiveAutoscalePolicy"]),
        name: item["name"],
        targetResourceUri: item["targetResourceUri"],
        targetResourceLocation: item["targetResourceLocation"],
    };
}
function autoscaleProfileArraySerializer(result) {
    return result.map((item) => {
        return autoscaleProfileSerializer(item);
    });
}
function autoscaleProfileArrayDeserializer(result) {
    return result.map((item) => {
        return autoscaleProfileDeserializer(item);
    });
}
function autoscaleProfileSerializer(item) {
    return {
        name: item["name"],
        capacity: scaleCapacitySerializer(item["capacity"]),
        rules: scaleRuleArraySerializer(item["rules"]),
        fixedDate: !item["fixedDate"] ? item["fixedDate"] : timeWindowSerializer(item["fixedDate"]),
        recurrence: !item["recurrence"] ? item["recurrence"] : recurrenceSerializer(item["recurrence"]),
    };
}
function autoscaleProfileDeserializer(item) {
    return {
        name: item["name"],
        capacity: scaleCapacityDeserializer(item["capacity"]),
        rules: scaleRuleArrayDeserializer(item["rules"]),
        fixedDate: !item["fixedDate"] ? item["fixedDate"] : timeWindowDeserializer(item["fixedDate"]),
        recurrence: !item["recurrence"]
            ? item["recurrence"]
            : recurrenceDeserializer(item["recurrence"]),
    };
}
function scaleCapacitySerializer(item) {
    return { minimum: item["minimum"], maximum: item["maximum"], default: item["default"] };
}
function scaleCapacityDeserializer(item) {
    return {
        minimum: item["minimum"],
        maximum: item["maximum"],
        default: item["default"],
    };
}
function scaleRuleArraySerializer(result) {
    return result.map((item) => {
        return scaleRuleSerializer(item);
    });
}
function scaleRuleArrayDeserializer(result) {
    return result.map((item) => {
        return scaleRuleDeserializer(item);
    });
}
function scaleRuleSerializer(item) {
    return {
        metricTrigger: metricTriggerSerializer(item["metricTrigger"]),
        scaleAction: scaleActionSerializer(item["scaleAction"]),
    };
}
function scaleRuleDeserializer(item) {
    return {
        metricTrigger: metricTriggerDeserializer(item["metricTrigger"]),
        scaleAction: scaleActionDeserializer(item["scaleAction"]),
    };
}
function metricTriggerSerializer(item) {
    return {
        metricName: item["metricName"],
        metricNamespace: item["metricNamespace"],
        metricResourceUri: item["metricResourceUri"],
        metricResourceLocation: item["metricResourceLocation"],
        timeGrain: item["timeGrain"],
        statistic: item["statistic"],
        timeWindow: item["timeWindow"],
        timeAggregation: item["timeAggregation"],
        operator: item["operator"],
        threshold: item["threshold"],
        dimensions: !item["dimensions"]
            ? item["dimensions"]
            : scaleRuleMetricDimensionArraySerializer(item["dimensions"]),
        dividePerInstance: item["dividePerInstance"],
    };
}
function metricTriggerDeserializer(item) {
    return {
        metricName: item["metricName"],
        metricNamespace: item["metricNamespace"],
        metricResourceUri: item["metricResourceUri"],
        metricResourceLocation: item["metricResourceLocation"],
        timeGrain: item["timeGrain"],
        statistic: item["statistic"],
        timeWindow: item["timeWindow"],
        timeAggregation: item["timeAggregation"],
        operator: item["operator"],
        threshold: item["threshold"],
        dimensions: !item["dimensions"]
            ? item["dimensions"]
            : scaleRuleMetricDimensionArrayDeserializer(item["dimensions"]),
        dividePerInstance: item["dividePerInstance"],
    };
}
function scaleRuleMetricDimensionArraySerializer(result) {
    return result.map((item) => {
        return scaleRuleMetricDimensionSerializer(item);
    });
}
function scaleRuleMetricDimensionArrayDeserializer(result) {
    return result.map((item) => {
        return scaleRuleMetricDimensionDeserializer(item);
    });
}
function scaleRuleMetricDimensionSerializer(item) {
    return {
        DimensionName: item["dimensionName"],
        Operator: item["operator"],
        Values: item["values"].map((p) => {
            return p;
        }),
    };
}
function scaleRuleMetricDimensionDeserializer(item) {
    return {
        dimensionName: item["DimensionName"],
        operator: item["Operator"],
        values: item["Values"].map((p) => {
            return p;
        }),
    };
}
/** the dimension operator. Only 'Equals' and 'NotEquals' are supported. 'Equals' being equal to any of the values. 'NotEquals' being not equal to all of the values */
var KnownScaleRuleMetricDimensionOperationType;
(function (KnownScaleRuleMetricDimensionOperationType) {
    /** Equals */
    KnownScaleRuleMetricDimensionOperationType["Equals"] = "Equals";
    /** NotEquals */
    KnownScaleRuleMetricDimensionOperationType["NotEquals"] = "NotEquals";
})(KnownScaleRuleMetricDimensionOperationType || (KnownScaleRuleMetricDimensionOperationType = {}));
function scaleActionSerializer(item) {
    return {
        direction: item["direction"],
        type: item["type"],
        value: item["value"],
        cooldown: item["cooldown"],
    };
}
function scaleActionDeserializer(item) {
    return {
        direction: item["direction"],
        type: item["type"],
        value: item["value"],
        cooldown: item["cooldown"],
    };
}
function timeWindowSerializer(item) {
    return {
        timeZone: item["timeZone"],
        start: item["start"].toISOString(),
        end: item["end"].toISOString(),
    };
}
function timeWindowDeserializer(item) {
    return {
        timeZone: item["timeZone"],
        start: new Date(item["start"]),
        end: new Date(item["end"]),
    };
}
function recurrenceSerializer(item) {
    return { frequency: item["frequency"], schedule: recurrentScheduleSerializer(item["schedule"]) };
}
function recurrenceDeserializer(item) {
    return {
        frequency: item["frequency"],
        schedule: recurrentScheduleDeserializer(item["schedule"]),
    };
}
function recurrentScheduleSerializer(item) {
    return {
        timeZone: item["timeZone"],
        days: item["days"].map((p) => {
            return p;
        }),
        hours: item["hours"].map((p) => {
            return p;
        }),
        minutes: item["minutes"].map((p) => {
            return p;
        }),
    };
}
function recurrentScheduleDeserializer(item) {
    return {
        timeZone: item["timeZone"],
        days: item["days"].map((p) => {
            return p;
        }),
        hours: item["hours"].map((p) => {
            return p;
        }),
        minutes: item["minutes"].map((p) => {
            return p;
        }),
    };
}
function autoscaleNotificationArraySerializer(result) {
    return result.map((item) => {
        return autoscaleNotificationSerializer(item);
    });
}
function autoscaleNotificationArrayDeserializer(result) {
    return result.map((item) => {
        return autoscaleNotificationDeserializer(item);
    });
}
function autoscaleNotificationSerializer(item) {
    return {
        operation: item["operation"],
        email: !item["email"] ? item["email"] : emailNotificationSerializer(item["email"]),
        webhooks: !item["webhooks"]
            ? item["webhooks"]
            : webhookNotificationArraySerializer(item["webhooks"]),
    };
}
function autoscaleNotificationDeserializer(item) {
    return {
        operation: item["operation"],
        email: !item["email"] ? item["email"] : emailNotificationDeserializer(item["email"]),
        webhooks: !item["webhooks"]
            ? item["webhooks"]
            : webhookNotificationArrayDeserializer(item["webhooks"]),
    };
}
function emailNotificationSerializer(item) {
    return {
        sendToSubscriptionAdministrator: item["sendToSubscriptionAdministrator"],
        sendToSubscriptionCoAdministrators: item["sendToSubscriptionCoAdministrators"],
        customEmails: !item["customEmails"]
            ? item["customEmails"]
            : item["customEmails"].map((p) => {
                return p;
            }),
    };
}
function emailNotificationDeserializer(item) {
    return {
        sendToSubscriptionAdministrator: item["sendToSubscriptionAdministrator"],
        sendToSubscriptionCoAdministrators: item["sendToSubscriptionCoAdministrators"],
        customEmails: !item["customEmails"]
            ? item["customEmails"]
            : item["customEmails"].map((p) => {
                return p;
            }),
    };
}
function webhookNotificationArraySerializer(result) {
    return result.map((item) => {
        return webhookNotificationSerializer(item);
    });
}
function webhookNotificationArrayDeserializer(result) {
    return result.map((item) => {
        return webhookNotificationDeserializer(item);
    });
}
function webhookNotificationSerializer(item) {
    return { serviceUri: item["serviceUri"], properties: item["properties"] };
}
function webhookNotificationDeserializer(item) {
    return {
        serviceUri: item["serviceUri"],
        properties: !item["properties"]
            ? item["properties"]
            : Object.fromEntries(Object.entries(item["properties"]).map(([k, p]) => [k, p])),
    };
}
function predictiveAutoscalePolicySerializer(item) {
    return { scaleMode: item["scaleMode"], scaleLookAheadTime: item["scaleLookAheadTime"] };
}
function predictiveAutoscalePolicyDeserializer(item) {
    return {
        scaleMode: item["scaleMode"],
        scaleLookAheadTime: item["scaleLookAheadTime"],
    };
}
function autoscaleErrorResponseDeserializer(item) {
    return {
        error: !item["error"] ? item["error"] : autoscaleErrorResponseErrorDeserializer(item["error"]),
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
    };
}
function autoscaleErrorResponseErrorDeserializer(item) {
    return {
        code: item["code"],
        message: item["message"],
        target: item["target"],
        details: item["details"],
    };
}
function autoscaleSettingResourcePatchSerializer(item) {
    return {
        tags: item["tags"],
        properties: areAllPropsUndefined(item, [
            "profiles",
            "notifications",
            "enabled",
            "predictiveAutoscalePolicy",
            "name",
            "targetResourceUri",
            "targetResourceLocation",
        ])
            ? undefined
            : _autoscaleSettingResourcePatchPropertiesSerializer(item),
    };
}
function _autoscaleSettingResourceCollectionDeserializer(item) {
    return {
        value: autoscaleSettingResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function autoscaleSettingResourceArraySerializer(result) {
    return result.map((item) => {
        return autoscaleSettingResourceSerializer(item);
    });
}
function autoscaleSettingResourceArrayDeserializer(result) {
    return result.map((item) => {
        return autoscaleSettingResourceDeserializer(item);
    });
}
function predictiveResponseDeserializer(item) {
    return {
        timespan: item["timespan"],
        interval: item["interval"],
        metricName: item["metricName"],
        targetResourceId: item["targetResourceId"],
        data: !item["data"] ? item["data"] : predictiveValueArrayDeserializer(item["data"]),
    };
}
function predictiveValueArrayDeserializer(result) {
    return result.map((item) => {
        return predictiveValueDeserializer(item);
    });
}
function predictiveValueDeserializer(item) {
    return {
        timeStamp: new Date(item["timeStamp"]),
        value: item["value"],
    };
}
function _autoscaleSettingResourcePropertiesSerializer(item) {
    return {
        profiles: autoscaleProfileArraySerializer(item["profiles"]),
        notifications: !item["notifications"]
            ? item["notifications"]
            : autoscaleNotificationArraySerializer(item["notifications"]),
        enabled: item["enabled"],
        predictiveAutoscalePolicy: !item["predictiveAutoscalePolicy"]
            ? item["predictiveAutoscalePolicy"]
            : predictiveAutoscalePolicySerializer(item["predictiveAutoscalePolicy"]),
        name: item["namePropertiesName"],
        targetResourceUri: item["targetResourceUri"],
        targetResourceLocation: item["targetResourceLocation"],
    };
}
function _autoscaleSettingResourcePropertiesDeserializer(item) {
    return {
        profiles: autoscaleProfileArrayDeserializer(item["profiles"]),
        notifications: !item["notifications"]
            ? item["notifications"]
            : autoscaleNotificationArrayDeserializer(item["notifications"]),
        enabled: item["enabled"],
        predictiveAutoscalePolicy: !item["predictiveAutoscalePolicy"]
            ? item["predictiveAutoscalePolicy"]
            : predictiveAutoscalePolicyDeserializer(item["predictiveAutoscalePolicy"]),
        namePropertiesName: item["name"],
        targetResourceUri: item["targetResourceUri"],
        targetResourceLocation: item["targetResourceLocation"],
    };
}
function _autoscaleSettingResourcePatchPropertiesSerializer(item) {
    return {
        profiles: !item["profiles"]
            ? item["profiles"]
            : autoscaleProfileArraySerializer(item["profiles"]),
        notifications: !item["notifications"]
            ? item["notifications"]
            : autoscaleNotificationArraySerializer(item["notifications"]),
        enabled: item["enabled"],
        predictiveAutoscalePolicy: !item["predictiveAutoscalePolicy"]
            ? item["predictiveAutoscalePolicy"]
            : predictiveAutoscalePolicySerializer(item["predictiveAutoscalePolicy"]),
        name: item["name"],
        targetResourceUri: item["targetResourceUri"],
        targetResourceLocation: item["targetResourceLocation"],
    };
}
function _autoscaleSettingResourcePatchPropertiesDeserializer(item) {
    return {
        profiles: !item["profiles"]
            ? item["profiles"]
            : autoscaleProfileArrayDeserializer(item["profiles"]),
        notifications: !item["notifications"]
            ? item["notifications"]
            : autoscaleNotificationArrayDeserializer(item["notifications"]),
        enabled: item["enabled"],
        predictiveAutoscalePolicy: !item["predictiveAutoscalePolicy"]
            ? item["predictiveAutoscalePolicy"]
            : predictiveAutoscalePolicyDeserializer(item["predictiveAutoscalePolicy"]),
        name: item["name"],
        targetResourceUri: item["targetResourceUri"],
        targetResourceLocation: item["targetResourceLocation"],
    };
}
//# sourceMappingURL=models.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/autoscaleSettings/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function _listBySubscriptionSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Insights/autoscalesettings{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": "2022-10-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listBySubscriptionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = autoscaleErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _autoscaleSettingResourceCollectionDeserializer(result.body);
}
/** Lists the autoscale settings for a subscription */
function listBySubscription(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listBySubscriptionSend(context, options), _listBySubscriptionDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2022-10-01" });
}
function autoscaleSettings_operations_listByResourceGroupSend(context, resourceGroupName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/autoscalesettings{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        "api%2Dversion": "2022-10-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function autoscaleSettings_operations_listByResourceGroupDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = autoscaleErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _autoscaleSettingResourceCollectionDeserializer(result.body);
}
/** Lists the autoscale settings for a resource group */
function autoscaleSettings_operations_listByResourceGroup(context, resourceGroupName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => autoscaleSettings_operations_listByResourceGroupSend(context, resourceGroupName, options), autoscaleSettings_operations_listByResourceGroupDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2022-10-01" });
}
function autoscaleSettings_operations_$deleteSend(context, resourceGroupName, autoscaleSettingName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/autoscalesettings/{autoscaleSettingName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        autoscaleSettingName: autoscaleSettingName,
        "api%2Dversion": "2022-10-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function autoscaleSettings_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = autoscaleErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes and autoscale setting */
async function autoscaleSettings_operations_$delete(context, resourceGroupName, autoscaleSettingName, options = { requestOptions: {} }) {
    const result = await autoscaleSettings_operations_$deleteSend(context, resourceGroupName, autoscaleSettingName, options);
    return autoscaleSettings_operations_$deleteDeserialize(result);
}
function autoscaleSettings_operations_updateSend(context, resourceGroupName, autoscaleSettingName, autoscaleSettingResource, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/autoscalesettings/{autoscaleSettingName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        autoscaleSettingName: autoscaleSettingName,
        "api%2Dversion": "2022-10-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: autoscaleSettingResourcePatchSerializer(autoscaleSettingResource),
    });
}
async function autoscaleSettings_operations_updateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = autoscaleErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return autoscaleSettingResourceDeserializer(result.body);
}
/** Updates an existing AutoscaleSettingsResource. To update other fields use the CreateOrUpdate method. */
async function autoscaleSettings_operations_update(context, resourceGroupName, autoscaleSettingName, autoscaleSettingResource, options = { requestOptions: {} }) {
    const result = await autoscaleSettings_operations_updateSend(context, resourceGroupName, autoscaleSettingName, autoscaleSettingResource, options);
    return autoscaleSettings_operations_updateDeserialize(result);
}
function autoscaleSettings_operations_createOrUpdateSend(context, resourceGroupName, autoscaleSettingName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/autoscalesettings/{autoscaleSettingName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        autoscaleSettingName: autoscaleSettingName,
        "api%2Dversion": "2022-10-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: autoscaleSettingResourceSerializer(parameters),
    });
}
async function autoscaleSettings_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = autoscaleErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return autoscaleSettingResourceDeserializer(result.body);
}
/** Creates or updates an autoscale setting. */
async function autoscaleSettings_operations_createOrUpdate(context, resourceGroupName, autoscaleSettingName, parameters, options = { requestOptions: {} }) {
    const result = await autoscaleSettings_operations_createOrUpdateSend(context, resourceGroupName, autoscaleSettingName, parameters, options);
    return autoscaleSettings_operations_createOrUpdateDeserialize(result);
}
function autoscaleSettings_operations_getSend(context, resourceGroupName, autoscaleSettingName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/autoscalesettings/{autoscaleSettingName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        autoscaleSettingName: autoscaleSettingName,
        "api%2Dversion": "2022-10-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function autoscaleSettings_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = autoscaleErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return autoscaleSettingResourceDeserializer(result.body);
}
/** Gets an autoscale setting */
async function autoscaleSettings_operations_get(context, resourceGroupName, autoscaleSettingName, options = { requestOptions: {} }) {
    const result = await autoscaleSettings_operations_getSend(context, resourceGroupName, autoscaleSettingName, options);
    return autoscaleSettings_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/classic/autoscaleSettings/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getAutoscaleSettings(context) {
    return {
        listBySubscription: (options) => listBySubscription(context, options),
        listByResourceGroup: (resourceGroupName, options) => autoscaleSettings_operations_listByResourceGroup(context, resourceGroupName, options),
        delete: (resourceGroupName, autoscaleSettingName, options) => autoscaleSettings_operations_$delete(context, resourceGroupName, autoscaleSettingName, options),
        update: (resourceGroupName, autoscaleSettingName, autoscaleSettingResource, options) => autoscaleSettings_operations_update(context, resourceGroupName, autoscaleSettingName, autoscaleSettingResource, options),
        createOrUpdate: (resourceGroupName, autoscaleSettingName, parameters, options) => autoscaleSettings_operations_createOrUpdate(context, resourceGroupName, autoscaleSettingName, parameters, options),
        get: (resourceGroupName, autoscaleSettingName, options) => autoscaleSettings_operations_get(context, resourceGroupName, autoscaleSettingName, options),
    };
}
function _getAutoscaleSettingsOperations(context) {
    return {
        ..._getAutoscaleSettings(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/models/metricBaselinesApi/models.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _metricBaselinesResponseDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : singleMetricBaselineArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function singleMetricBaselineArrayDeserializer(result) {
    return result.map((item) => {
        return singleMetricBaselineDeserializer(item);
    });
}
function singleMetricBaselineDeserializer(item) {
    return {
        id: item["id"],
        type: item["type"],
        name: item["name"],
        ..._singleMetricBaselinePropertiesDeserializer(item["properties"]),
    };
}
function metricBaselinesPropertiesDeserializer(item) {
    return {
        timespan: item["timespan"],
        interval: item["interval"],
        namespace: item["namespace"],
        baselines: timeSeriesBaselineArrayDeserializer(item["baselines"]),
    };
}
function timeSeriesBaselineArrayDeserializer(result) {
    return result.map((item) => {
        return timeSeriesBaselineDeserializer(item);
    });
}
function timeSeriesBaselineDeserializer(item) {
    return {
        aggregation: item["aggregation"],
        dimensions: !item["dimensions"]
            ? item["dimensions"]
            : metricSingleDimensionArrayDeserializer(item["dimensions"]),
        timestamps: item["timestamps"].map((p) => {
            return new Date(p);
        }),
        data: singleBaselineArrayDeserializer(item["data"]),
        metadataValues: !item["metadataValues"]
            ? item["metadataValues"]
            : baselineMetadataArrayDeserializer(item["metadataValues"]),
    };
}
function metricSingleDimensionArrayDeserializer(result) {
    return result.map((item) => {
        return metricSingleDimensionDeserializer(item);
    });
}
function metricSingleDimensionDeserializer(item) {
    return {
        name: item["name"],
        value: item["value"],
    };
}
function singleBaselineArrayDeserializer(result) {
    return result.map((item) => {
        return singleBaselineDeserializer(item);
    });
}
function singleBaselineDeserializer(item) {
    return {
        sensitivity: item["sensitivity"],
        lowThresholds: item["lowThresholds"].map((p) => {
            return p;
        }),
        highThresholds: item["highThresholds"].map((p) => {
            return p;
        }),
    };
}
/** the sensitivity of the baseline. */
var KnownBaselineSensitivity;
(function (KnownBaselineSensitivity) {
    /** Low */
    KnownBaselineSensitivity["Low"] = "Low";
    /** Medium */
    KnownBaselineSensitivity["Medium"] = "Medium";
    /** High */
    KnownBaselineSensitivity["High"] = "High";
})(KnownBaselineSensitivity || (KnownBaselineSensitivity = {}));
function baselineMetadataArrayDeserializer(result) {
    return result.map((item) => {
        return baselineMetadataDeserializer(item);
    });
}
function baselineMetadataDeserializer(item) {
    return {
        name: item["name"],
        value: item["value"],
    };
}
function metricBaselinesErrorResponseDeserializer(item) {
    return {
        error: !item["error"] ? item["error"] : errorResponseErrorDeserializer(item["error"]),
    };
}
function _singleMetricBaselinePropertiesDeserializer(item) {
    return {
        timespan: item["timespan"],
        interval: item["interval"],
        namespace: item["namespace"],
        baselines: timeSeriesBaselineArrayDeserializer(item["baselines"]),
    };
}
//# sourceMappingURL=models.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/baselines/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function operations_listSend(context, resourceUri, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/{+resourceUri}/providers/Microsoft.Insights/metricBaselines{?api%2Dversion,metricnames,metricnamespace,timespan,interval,aggregation,sensitivities,%24filter,resultType}", {
        resourceUri: resourceUri,
        "api%2Dversion": "2019-03-01",
        metricnames: options?.metricnames,
        metricnamespace: options?.metricnamespace,
        timespan: options?.timespan,
        interval: options?.interval,
        aggregation: options?.aggregation,
        sensitivities: options?.sensitivities,
        "%24filter": options?.filter,
        resultType: options?.resultType,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = metricBaselinesErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _metricBaselinesResponseDeserializer(result.body);
}
/** **Lists the metric baseline values for a resource**. */
function operations_list(context, resourceUri, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => operations_listSend(context, resourceUri, options), operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2019-03-01" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/classic/baselines/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getBaselines(context) {
    return {
        list: (resourceUri, options) => operations_list(context, resourceUri, options),
    };
}
function _getBaselinesOperations(context) {
    return {
        ..._getBaselines(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/dataCollectionEndpoints/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






function operations_reconcileNSPSend(context, resourceGroupName, dataCollectionEndpointName, networkSecurityPerimeterConfigurationName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/dataCollectionEndpoints/{dataCollectionEndpointName}/networkSecurityPerimeterConfigurations/{networkSecurityPerimeterConfigurationName}/reconcile{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        dataCollectionEndpointName: dataCollectionEndpointName,
        networkSecurityPerimeterConfigurationName: networkSecurityPerimeterConfigurationName,
        "api%2Dversion": "2021-10-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function operations_reconcileNSPDeserialize(result) {
    const expectedStatuses = ["202", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = armErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Reconciles the specified NSP configuration for the specified data collection endpoint. */
function operations_reconcileNSP(context, resourceGroupName, dataCollectionEndpointName, networkSecurityPerimeterConfigurationName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, operations_reconcileNSPDeserialize, ["202", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => operations_reconcileNSPSend(context, resourceGroupName, dataCollectionEndpointName, networkSecurityPerimeterConfigurationName, options),
        resourceLocationConfig: "location",
        apiVersion: "2021-10-01",
    });
}
function operations_listNSPSend(context, resourceGroupName, dataCollectionEndpointName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/dataCollectionEndpoints/{dataCollectionEndpointName}/networkSecurityPerimeterConfigurations{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        dataCollectionEndpointName: dataCollectionEndpointName,
        "api%2Dversion": "2021-10-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_listNSPDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = armErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _networkSecurityPerimeterConfigurationListResultDeserializer(result.body);
}
/** Gets a list of NSP configurations for the specified data collection endpoint. */
function operations_listNSP(context, resourceGroupName, dataCollectionEndpointName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => operations_listNSPSend(context, resourceGroupName, dataCollectionEndpointName, options), operations_listNSPDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2021-10-01" });
}
function operations_getNSPSend(context, resourceGroupName, dataCollectionEndpointName, networkSecurityPerimeterConfigurationName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/dataCollectionEndpoints/{dataCollectionEndpointName}/networkSecurityPerimeterConfigurations/{networkSecurityPerimeterConfigurationName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        dataCollectionEndpointName: dataCollectionEndpointName,
        networkSecurityPerimeterConfigurationName: networkSecurityPerimeterConfigurationName,
        "api%2Dversion": "2021-10-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_getNSPDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = armErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return networkSecurityPerimeterConfigurationDeserializer(result.body);
}
/** Gets the specified NSP configuration for the specified data collection endpoint. */
async function operations_getNSP(context, resourceGroupName, dataCollectionEndpointName, networkSecurityPerimeterConfigurationName, options = { requestOptions: {} }) {
    const result = await operations_getNSPSend(context, resourceGroupName, dataCollectionEndpointName, networkSecurityPerimeterConfigurationName, options);
    return operations_getNSPDeserialize(result);
}
function operations_listBySubscriptionSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Insights/dataCollectionEndpoints{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": "2024-03-11",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_listBySubscriptionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseCommonV2Deserializer(result.body);
        }
        throw error;
    }
    return _dataCollectionEndpointResourceListResultDeserializer(result.body);
}
/** Lists all data collection endpoints in the specified subscription */
function operations_listBySubscription(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => operations_listBySubscriptionSend(context, options), operations_listBySubscriptionDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2024-03-11" });
}
function dataCollectionEndpoints_operations_listByResourceGroupSend(context, resourceGroupName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/dataCollectionEndpoints{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        "api%2Dversion": "2024-03-11",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function dataCollectionEndpoints_operations_listByResourceGroupDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseCommonV2Deserializer(result.body);
        }
        throw error;
    }
    return _dataCollectionEndpointResourceListResultDeserializer(result.body);
}
/** Lists all data collection endpoints in the specified resource group. */
function dataCollectionEndpoints_operations_listByResourceGroup(context, resourceGroupName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => dataCollectionEndpoints_operations_listByResourceGroupSend(context, resourceGroupName, options), dataCollectionEndpoints_operations_listByResourceGroupDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2024-03-11" });
}
function dataCollectionEndpoints_operations_$deleteSend(context, resourceGroupName, dataCollectionEndpointName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/dataCollectionEndpoints/{dataCollectionEndpointName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        dataCollectionEndpointName: dataCollectionEndpointName,
        "api%2Dversion": "2024-03-11",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function dataCollectionEndpoints_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseCommonV2Deserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes a data collection endpoint. */
async function dataCollectionEndpoints_operations_$delete(context, resourceGroupName, dataCollectionEndpointName, options = { requestOptions: {} }) {
    const result = await dataCollectionEndpoints_operations_$deleteSend(context, resourceGroupName, dataCollectionEndpointName, options);
    return dataCollectionEndpoints_operations_$deleteDeserialize(result);
}
function dataCollectionEndpoints_operations_updateSend(context, resourceGroupName, dataCollectionEndpointName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/dataCollectionEndpoints/{dataCollectionEndpointName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        dataCollectionEndpointName: dataCollectionEndpointName,
        "api%2Dversion": "2024-03-11",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: !options?.body ? options?.body : resourceForUpdateSerializer(options?.body),
    });
}
async function dataCollectionEndpoints_operations_updateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseCommonV2Deserializer(result.body);
        }
        throw error;
    }
    return dataCollectionEndpointResourceDeserializer(result.body);
}
/** Updates part of a data collection endpoint. */
async function dataCollectionEndpoints_operations_update(context, resourceGroupName, dataCollectionEndpointName, options = { requestOptions: {} }) {
    const result = await dataCollectionEndpoints_operations_updateSend(context, resourceGroupName, dataCollectionEndpointName, options);
    return dataCollectionEndpoints_operations_updateDeserialize(result);
}
function _createSend(context, resourceGroupName, dataCollectionEndpointName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/dataCollectionEndpoints/{dataCollectionEndpointName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        dataCollectionEndpointName: dataCollectionEndpointName,
        "api%2Dversion": "2024-03-11",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: !options?.body ? options?.body : dataCollectionEndpointResourceSerializer(options?.body),
    });
}
async function _createDeserialize(result) {
    const expectedStatuses = ["200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseCommonV2Deserializer(result.body);
        }
        throw error;
    }
    return dataCollectionEndpointResourceDeserializer(result.body);
}
/** Creates or updates a data collection endpoint. */
async function create(context, resourceGroupName, dataCollectionEndpointName, options = { requestOptions: {} }) {
    const result = await _createSend(context, resourceGroupName, dataCollectionEndpointName, options);
    return _createDeserialize(result);
}
function dataCollectionEndpoints_operations_getSend(context, resourceGroupName, dataCollectionEndpointName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/dataCollectionEndpoints/{dataCollectionEndpointName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        dataCollectionEndpointName: dataCollectionEndpointName,
        "api%2Dversion": "2024-03-11",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function dataCollectionEndpoints_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseCommonV2Deserializer(result.body);
        }
        throw error;
    }
    return dataCollectionEndpointResourceDeserializer(result.body);
}
/** Returns the specified data collection endpoint. */
async function dataCollectionEndpoints_operations_get(context, resourceGroupName, dataCollectionEndpointName, options = { requestOptions: {} }) {
    const result = await dataCollectionEndpoints_operations_getSend(context, resourceGroupName, dataCollectionEndpointName, options);
    return dataCollectionEndpoints_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/classic/dataCollectionEndpoints/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getDataCollectionEndpoints(context) {
    return {
        reconcileNSP: (resourceGroupName, dataCollectionEndpointName, networkSecurityPerimeterConfigurationName, options) => operations_reconcileNSP(context, resourceGroupName, dataCollectionEndpointName, networkSecurityPerimeterConfigurationName, options),
        beginReconcileNSP: async (resourceGroupName, dataCollectionEndpointName, networkSecurityPerimeterConfigurationName, options) => {
            const poller = operations_reconcileNSP(context, resourceGroupName, dataCollectionEndpointName, networkSecurityPerimeterConfigurationName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginReconcileNSPAndWait: async (resourceGroupName, dataCollectionEndpointName, networkSecurityPerimeterConfigurationName, options) => {
            return await operations_reconcileNSP(context, resourceGroupName, dataCollectionEndpointName, networkSecurityPerimeterConfigurationName, options);
        },
        listNSP: (resourceGroupName, dataCollectionEndpointName, options) => operations_listNSP(context, resourceGroupName, dataCollectionEndpointName, options),
        getNSP: (resourceGroupName, dataCollectionEndpointName, networkSecurityPerimeterConfigurationName, options) => operations_getNSP(context, resourceGroupName, dataCollectionEndpointName, networkSecurityPerimeterConfigurationName, options),
        listBySubscription: (options) => operations_listBySubscription(context, options),
        listByResourceGroup: (resourceGroupName, options) => dataCollectionEndpoints_operations_listByResourceGroup(context, resourceGroupName, options),
        delete: (resourceGroupName, dataCollectionEndpointName, options) => dataCollectionEndpoints_operations_$delete(context, resourceGroupName, dataCollectionEndpointName, options),
        update: (resourceGroupName, dataCollectionEndpointName, options) => dataCollectionEndpoints_operations_update(context, resourceGroupName, dataCollectionEndpointName, options),
        create: (resourceGroupName, dataCollectionEndpointName, options) => create(context, resourceGroupName, dataCollectionEndpointName, options),
        get: (resourceGroupName, dataCollectionEndpointName, options) => dataCollectionEndpoints_operations_get(context, resourceGroupName, dataCollectionEndpointName, options),
    };
}
function _getDataCollectionEndpointsOperations(context) {
    return {
        ..._getDataCollectionEndpoints(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/dataCollectionRuleAssociations/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _listByRuleSend(context, resourceGroupName, dataCollectionRuleName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/dataCollectionRules/{dataCollectionRuleName}/associations{?api%2Dversion,%24skipToken,%24top}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        dataCollectionRuleName: dataCollectionRuleName,
        "api%2Dversion": "2024-03-11",
        "%24skipToken": options?.skipToken,
        "%24top": options?.top,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listByRuleDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseCommonV2Deserializer(result.body);
        }
        throw error;
    }
    return _dataCollectionRuleAssociationProxyOnlyResourceListResultDeserializer(result.body);
}
/** Lists associations for the specified data collection rule. */
function listByRule(context, resourceGroupName, dataCollectionRuleName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listByRuleSend(context, resourceGroupName, dataCollectionRuleName, options), _listByRuleDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2024-03-11" });
}
function _listByResourceSend(context, resourceUri, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/{+resourceUri}/providers/Microsoft.Insights/dataCollectionRuleAssociations{?api%2Dversion}", {
        resourceUri: resourceUri,
        "api%2Dversion": "2024-03-11",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listByResourceDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseCommonV2Deserializer(result.body);
        }
        throw error;
    }
    return _dataCollectionRuleAssociationProxyOnlyResourceListResultDeserializer(result.body);
}
/** Lists associations for the specified resource. */
function listByResource(context, resourceUri, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listByResourceSend(context, resourceUri, options), _listByResourceDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2024-03-11" });
}
function dataCollectionRuleAssociations_operations_$deleteSend(context, resourceUri, associationName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/{+resourceUri}/providers/Microsoft.Insights/dataCollectionRuleAssociations/{associationName}{?api%2Dversion}", {
        resourceUri: resourceUri,
        associationName: associationName,
        "api%2Dversion": "2024-03-11",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function dataCollectionRuleAssociations_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseCommonV2Deserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes an association. */
async function dataCollectionRuleAssociations_operations_$delete(context, resourceUri, associationName, options = { requestOptions: {} }) {
    const result = await dataCollectionRuleAssociations_operations_$deleteSend(context, resourceUri, associationName, options);
    return dataCollectionRuleAssociations_operations_$deleteDeserialize(result);
}
function operations_createSend(context, resourceUri, associationName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/{+resourceUri}/providers/Microsoft.Insights/dataCollectionRuleAssociations/{associationName}{?api%2Dversion}", {
        resourceUri: resourceUri,
        associationName: associationName,
        "api%2Dversion": "2024-03-11",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: !options?.body
            ? options?.body
            : dataCollectionRuleAssociationProxyOnlyResourceSerializer(options?.body),
    });
}
async function operations_createDeserialize(result) {
    const expectedStatuses = ["200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseCommonV2Deserializer(result.body);
        }
        throw error;
    }
    return dataCollectionRuleAssociationProxyOnlyResourceDeserializer(result.body);
}
/** Creates or updates an association. */
async function operations_create(context, resourceUri, associationName, options = { requestOptions: {} }) {
    const result = await operations_createSend(context, resourceUri, associationName, options);
    return operations_createDeserialize(result);
}
function dataCollectionRuleAssociations_operations_getSend(context, resourceUri, associationName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/{+resourceUri}/providers/Microsoft.Insights/dataCollectionRuleAssociations/{associationName}{?api%2Dversion}", {
        resourceUri: resourceUri,
        associationName: associationName,
        "api%2Dversion": "2024-03-11",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function dataCollectionRuleAssociations_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseCommonV2Deserializer(result.body);
        }
        throw error;
    }
    return dataCollectionRuleAssociationProxyOnlyResourceDeserializer(result.body);
}
/** Returns the specified association. */
async function dataCollectionRuleAssociations_operations_get(context, resourceUri, associationName, options = { requestOptions: {} }) {
    const result = await dataCollectionRuleAssociations_operations_getSend(context, resourceUri, associationName, options);
    return dataCollectionRuleAssociations_operations_getDeserialize(result);
}
function _listByDataCollectionEndpointSend(context, resourceGroupName, dataCollectionEndpointName, options = {
    requestOptions: {},
}) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/dataCollectionEndpoints/{dataCollectionEndpointName}/associations{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        dataCollectionEndpointName: dataCollectionEndpointName,
        "api%2Dversion": "2024-03-11",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listByDataCollectionEndpointDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseCommonV2Deserializer(result.body);
        }
        throw error;
    }
    return _dataCollectionRuleAssociationProxyOnlyResourceListResultDeserializer(result.body);
}
/** Lists associations for the specified data collection endpoint. */
function listByDataCollectionEndpoint(context, resourceGroupName, dataCollectionEndpointName, options = {
    requestOptions: {},
}) {
    return buildPagedAsyncIterator(context, () => _listByDataCollectionEndpointSend(context, resourceGroupName, dataCollectionEndpointName, options), _listByDataCollectionEndpointDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2024-03-11" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/classic/dataCollectionRuleAssociations/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getDataCollectionRuleAssociations(context) {
    return {
        listByRule: (resourceGroupName, dataCollectionRuleName, options) => listByRule(context, resourceGroupName, dataCollectionRuleName, options),
        listByResource: (resourceUri, options) => listByResource(context, resourceUri, options),
        delete: (resourceUri, associationName, options) => dataCollectionRuleAssociations_operations_$delete(context, resourceUri, associationName, options),
        create: (resourceUri, associationName, options) => operations_create(context, resourceUri, associationName, options),
        get: (resourceUri, associationName, options) => dataCollectionRuleAssociations_operations_get(context, resourceUri, associationName, options),
        listByDataCollectionEndpoint: (resourceGroupName, dataCollectionEndpointName, options) => listByDataCollectionEndpoint(context, resourceGroupName, dataCollectionEndpointName, options),
    };
}
function _getDataCollectionRuleAssociationsOperations(context) {
    return {
        ..._getDataCollectionRuleAssociations(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/dataCollectionRules/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function dataCollectionRules_operations_listBySubscriptionSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Insights/dataCollectionRules{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": "2024-03-11",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function dataCollectionRules_operations_listBySubscriptionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseCommonV2Deserializer(result.body);
        }
        throw error;
    }
    return _dataCollectionRuleResourceListResultDeserializer(result.body);
}
/** Lists all data collection rules in the specified subscription. */
function dataCollectionRules_operations_listBySubscription(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => dataCollectionRules_operations_listBySubscriptionSend(context, options), dataCollectionRules_operations_listBySubscriptionDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2024-03-11" });
}
function dataCollectionRules_operations_listByResourceGroupSend(context, resourceGroupName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/dataCollectionRules{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        "api%2Dversion": "2024-03-11",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function dataCollectionRules_operations_listByResourceGroupDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseCommonV2Deserializer(result.body);
        }
        throw error;
    }
    return _dataCollectionRuleResourceListResultDeserializer(result.body);
}
/** Lists all data collection rules in the specified resource group. */
function dataCollectionRules_operations_listByResourceGroup(context, resourceGroupName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => dataCollectionRules_operations_listByResourceGroupSend(context, resourceGroupName, options), dataCollectionRules_operations_listByResourceGroupDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2024-03-11" });
}
function dataCollectionRules_operations_$deleteSend(context, resourceGroupName, dataCollectionRuleName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/dataCollectionRules/{dataCollectionRuleName}{?api%2Dversion,deleteAssociations}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        dataCollectionRuleName: dataCollectionRuleName,
        "api%2Dversion": "2024-03-11",
        deleteAssociations: options?.deleteAssociations,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function dataCollectionRules_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseCommonV2Deserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes a data collection rule. */
async function dataCollectionRules_operations_$delete(context, resourceGroupName, dataCollectionRuleName, options = { requestOptions: {} }) {
    const result = await dataCollectionRules_operations_$deleteSend(context, resourceGroupName, dataCollectionRuleName, options);
    return dataCollectionRules_operations_$deleteDeserialize(result);
}
function dataCollectionRules_operations_updateSend(context, resourceGroupName, dataCollectionRuleName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/dataCollectionRules/{dataCollectionRuleName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        dataCollectionRuleName: dataCollectionRuleName,
        "api%2Dversion": "2024-03-11",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: !options?.body ? options?.body : resourceForUpdateSerializer(options?.body),
    });
}
async function dataCollectionRules_operations_updateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseCommonV2Deserializer(result.body);
        }
        throw error;
    }
    return dataCollectionRuleResourceDeserializer(result.body);
}
/** Updates part of a data collection rule. */
async function dataCollectionRules_operations_update(context, resourceGroupName, dataCollectionRuleName, options = { requestOptions: {} }) {
    const result = await dataCollectionRules_operations_updateSend(context, resourceGroupName, dataCollectionRuleName, options);
    return dataCollectionRules_operations_updateDeserialize(result);
}
function dataCollectionRules_operations_createSend(context, resourceGroupName, dataCollectionRuleName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/dataCollectionRules/{dataCollectionRuleName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        dataCollectionRuleName: dataCollectionRuleName,
        "api%2Dversion": "2024-03-11",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: !options?.body ? options?.body : dataCollectionRuleResourceSerializer(options?.body),
    });
}
async function dataCollectionRules_operations_createDeserialize(result) {
    const expectedStatuses = ["200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseCommonV2Deserializer(result.body);
        }
        throw error;
    }
    return dataCollectionRuleResourceDeserializer(result.body);
}
/** Creates or updates a data collection rule. */
async function dataCollectionRules_operations_create(context, resourceGroupName, dataCollectionRuleName, options = { requestOptions: {} }) {
    const result = await dataCollectionRules_operations_createSend(context, resourceGroupName, dataCollectionRuleName, options);
    return dataCollectionRules_operations_createDeserialize(result);
}
function dataCollectionRules_operations_getSend(context, resourceGroupName, dataCollectionRuleName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/dataCollectionRules/{dataCollectionRuleName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        dataCollectionRuleName: dataCollectionRuleName,
        "api%2Dversion": "2024-03-11",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function dataCollectionRules_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseCommonV2Deserializer(result.body);
        }
        throw error;
    }
    return dataCollectionRuleResourceDeserializer(result.body);
}
/** Returns the specified data collection rule. */
async function dataCollectionRules_operations_get(context, resourceGroupName, dataCollectionRuleName, options = { requestOptions: {} }) {
    const result = await dataCollectionRules_operations_getSend(context, resourceGroupName, dataCollectionRuleName, options);
    return dataCollectionRules_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/classic/dataCollectionRules/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getDataCollectionRules(context) {
    return {
        listBySubscription: (options) => dataCollectionRules_operations_listBySubscription(context, options),
        listByResourceGroup: (resourceGroupName, options) => dataCollectionRules_operations_listByResourceGroup(context, resourceGroupName, options),
        delete: (resourceGroupName, dataCollectionRuleName, options) => dataCollectionRules_operations_$delete(context, resourceGroupName, dataCollectionRuleName, options),
        update: (resourceGroupName, dataCollectionRuleName, options) => dataCollectionRules_operations_update(context, resourceGroupName, dataCollectionRuleName, options),
        create: (resourceGroupName, dataCollectionRuleName, options) => dataCollectionRules_operations_create(context, resourceGroupName, dataCollectionRuleName, options),
        get: (resourceGroupName, dataCollectionRuleName, options) => dataCollectionRules_operations_get(context, resourceGroupName, dataCollectionRuleName, options),
    };
}
function _getDataCollectionRulesOperations(context) {
    return {
        ..._getDataCollectionRules(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/models/diagnosticsSettings/models.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/*
 * This file contains only generated model types and their (de)serializers.
 * Disable the following rules for internal models with '_' prefix and deserializers which require 'any' for raw JSON input.
 */
/* eslint-disable @typescript-eslint/naming-convention */
/* eslint-disable @typescript-eslint/explicit-module-boundary-types */



function models_metricSettingsArraySerializer(result) {
    return result.map((item) => {
        return metricSettingsSerializer(item);
    });
}
function models_metricSettingsArrayDeserializer(result) {
    return result.map((item) => {
        return metricSettingsDeserializer(item);
    });
}
function metricSettingsSerializer(item) {
    return {
        timeGrain: item["timeGrain"],
        category: item["category"],
        enabled: item["enabled"],
        retentionPolicy: !item["retentionPolicy"]
            ? item["retentionPolicy"]
            : models_retentionPolicySerializer(item["retentionPolicy"]),
    };
}
function metricSettingsDeserializer(item) {
    return {
        timeGrain: item["timeGrain"],
        category: item["category"],
        enabled: item["enabled"],
        retentionPolicy: !item["retentionPolicy"]
            ? item["retentionPolicy"]
            : models_retentionPolicyDeserializer(item["retentionPolicy"]),
    };
}
function models_logSettingsArraySerializer(result) {
    return result.map((item) => {
        return logSettingsSerializer(item);
    });
}
function models_logSettingsArrayDeserializer(result) {
    return result.map((item) => {
        return logSettingsDeserializer(item);
    });
}
function logSettingsSerializer(item) {
    return {
        category: item["category"],
        categoryGroup: item["categoryGroup"],
        enabled: item["enabled"],
        retentionPolicy: !item["retentionPolicy"]
            ? item["retentionPolicy"]
            : models_retentionPolicySerializer(item["retentionPolicy"]),
    };
}
function logSettingsDeserializer(item) {
    return {
        category: item["category"],
        categoryGroup: item["categoryGroup"],
        enabled: item["enabled"],
        retentionPolicy: !item["retentionPolicy"]
            ? item["retentionPolicy"]
            : models_retentionPolicyDeserializer(item["retentionPolicy"]),
    };
}
function diagnosticSettingsResourceSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, [
            "storageAccountId",
            "serviceBusRuleId",
            "eventHubAuthorizationRuleId",
            "eventHubName",
            "metrics",
            "logs",
            "workspaceId",
            "marketplacePartnerId",
            "logAnalyticsDestinationType",
        ])
            ? undefined
            : _diagnosticSettingsResourcePropertiesSerializer(item),
    };
}
function diagnosticSettingsResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _diagnosticSettingsResourcePropertiesDeserializer(item["properties"])),
    };
}
function diagnosticSettingsSerializer(item) {
    return {
        storageAccountId: item["storageAccountId"],
        serviceBusRuleId: item["serviceBusRuleId"],
        eventHubAuthorizationRuleId: item["eventHubAuthorizationRuleId"],
        eventHubName: item["eventHubName"],
        metrics: !item["metrics"] ? item["metrics"] : metricSettingsArraySerializer_1(item["metrics"]),
        logs: !item["logs"] ? item["logs"] : logSettingsArraySerializer_1(item["logs"]),
        workspaceId: item["workspaceId"],
        marketplacePartnerId: item["marketplacePartnerId"],
        logAnalyticsDestinationType: item["logAnalyticsDestinationType"],
    };
}
function diagnosticSettingsDeserializer(item) {
    return {
        storageAccountId: item["storageAccountId"],
        serviceBusRuleId: item["serviceBusRuleId"],
        eventHubAuthorizationRuleId: item["eventHubAuthorizationRuleId"],
        eventHubName: item["eventHubName"],
        metrics: !item["metrics"]
            ? item["metrics"]
            : metricSettingsArrayDeserializer_1(item["metrics"]),
        logs: !item["logs"] ? item["logs"] : logSettingsArrayDeserializer_1(item["logs"]),
        workspaceId: item["workspaceId"],
        marketplacePartnerId: item["marketplacePartnerId"],
        logAnalyticsDestinationType: item["logAnalyticsDestinationType"],
    };
}
function metricSettingsArraySerializer_1(result) {
    return result.map((item) => {
        return metricSettingsSerializer(item);
    });
}
function metricSettingsArrayDeserializer_1(result) {
    return result.map((item) => {
        return metricSettingsDeserializer(item);
    });
}
function logSettingsArraySerializer_1(result) {
    return result.map((item) => {
        return logSettingsSerializer(item);
    });
}
function logSettingsArrayDeserializer_1(result) {
    return result.map((item) => {
        return logSettingsDeserializer(item);
    });
}
function _diagnosticSettingsResourceCollectionDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : diagnosticSettingsResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function diagnosticSettingsResourceArraySerializer(result) {
    return result.map((item) => {
        return diagnosticSettingsResourceSerializer(item);
    });
}
function diagnosticSettingsResourceArrayDeserializer(result) {
    return result.map((item) => {
        return diagnosticSettingsResourceDeserializer(item);
    });
}
function diagnosticSettingsCategoryResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _diagnosticSettingsCategoryResourcePropertiesDeserializer(item["properties"])),
    };
}
function diagnosticSettingsCategoryDeserializer(item) {
    return {
        categoryType: item["categoryType"],
        categoryGroups: !item["categoryGroups"]
            ? item["categoryGroups"]
            : item["categoryGroups"].map((p) => {
                return p;
            }),
    };
}
/** The type of the diagnostic settings category. */
var KnownCategoryType;
(function (KnownCategoryType) {
    /** Metrics */
    KnownCategoryType["Metrics"] = "Metrics";
    /** Logs */
    KnownCategoryType["Logs"] = "Logs";
})(KnownCategoryType || (KnownCategoryType = {}));
function _diagnosticSettingsCategoryResourceCollectionDeserializer(item) {
    return {
        value: !item["value"]
            ? item["value"]
            : diagnosticSettingsCategoryResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function diagnosticSettingsCategoryResourceArrayDeserializer(result) {
    return result.map((item) => {
        return diagnosticSettingsCategoryResourceDeserializer(item);
    });
}
function _diagnosticSettingsResourcePropertiesSerializer(item) {
    return {
        storageAccountId: item["storageAccountId"],
        serviceBusRuleId: item["serviceBusRuleId"],
        eventHubAuthorizationRuleId: item["eventHubAuthorizationRuleId"],
        eventHubName: item["eventHubName"],
        metrics: !item["metrics"] ? item["metrics"] : metricSettingsArraySerializer_1(item["metrics"]),
        logs: !item["logs"] ? item["logs"] : logSettingsArraySerializer_1(item["logs"]),
        workspaceId: item["workspaceId"],
        marketplacePartnerId: item["marketplacePartnerId"],
        logAnalyticsDestinationType: item["logAnalyticsDestinationType"],
    };
}
function _diagnosticSettingsResourcePropertiesDeserializer(item) {
    return {
        storageAccountId: item["storageAccountId"],
        serviceBusRuleId: item["serviceBusRuleId"],
        eventHubAuthorizationRuleId: item["eventHubAuthorizationRuleId"],
        eventHubName: item["eventHubName"],
        metrics: !item["metrics"]
            ? item["metrics"]
            : metricSettingsArrayDeserializer_1(item["metrics"]),
        logs: !item["logs"] ? item["logs"] : logSettingsArrayDeserializer_1(item["logs"]),
        workspaceId: item["workspaceId"],
        marketplacePartnerId: item["marketplacePartnerId"],
        logAnalyticsDestinationType: item["logAnalyticsDestinationType"],
    };
}
function _diagnosticSettingsCategoryResourcePropertiesDeserializer(item) {
    return {
        categoryType: item["categoryType"],
        categoryGroups: !item["categoryGroups"]
            ? item["categoryGroups"]
            : item["categoryGroups"].map((p) => {
                return p;
            }),
    };
}
//# sourceMappingURL=models.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/diagnosticSettings/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function diagnosticSettings_operations_listSend(context, resourceUri, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/{+resourceUri}/providers/Microsoft.Insights/diagnosticSettings{?api%2Dversion}", {
        resourceUri: resourceUri,
        "api%2Dversion": "2021-05-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function diagnosticSettings_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _diagnosticSettingsResourceCollectionDeserializer(result.body);
}
/** Gets the active diagnostic settings list for the specified resource. */
function diagnosticSettings_operations_list(context, resourceUri, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => diagnosticSettings_operations_listSend(context, resourceUri, options), diagnosticSettings_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2021-05-01-preview" });
}
function diagnosticSettings_operations_$deleteSend(context, resourceUri, name, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/{+resourceUri}/providers/Microsoft.Insights/diagnosticSettings/{name}{?api%2Dversion}", {
        resourceUri: resourceUri,
        name: name,
        "api%2Dversion": "2021-05-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function diagnosticSettings_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes existing diagnostic settings for the specified resource. */
async function diagnosticSettings_operations_$delete(context, resourceUri, name, options = { requestOptions: {} }) {
    const result = await diagnosticSettings_operations_$deleteSend(context, resourceUri, name, options);
    return diagnosticSettings_operations_$deleteDeserialize(result);
}
function diagnosticSettings_operations_createOrUpdateSend(context, resourceUri, name, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/{+resourceUri}/providers/Microsoft.Insights/diagnosticSettings/{name}{?api%2Dversion}", {
        resourceUri: resourceUri,
        name: name,
        "api%2Dversion": "2021-05-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: diagnosticSettingsResourceSerializer(parameters),
    });
}
async function diagnosticSettings_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return diagnosticSettingsResourceDeserializer(result.body);
}
/** Creates or updates diagnostic settings for the specified resource. */
async function diagnosticSettings_operations_createOrUpdate(context, resourceUri, name, parameters, options = { requestOptions: {} }) {
    const result = await diagnosticSettings_operations_createOrUpdateSend(context, resourceUri, name, parameters, options);
    return diagnosticSettings_operations_createOrUpdateDeserialize(result);
}
function diagnosticSettings_operations_getSend(context, resourceUri, name, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/{+resourceUri}/providers/Microsoft.Insights/diagnosticSettings/{name}{?api%2Dversion}", {
        resourceUri: resourceUri,
        name: name,
        "api%2Dversion": "2021-05-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function diagnosticSettings_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return diagnosticSettingsResourceDeserializer(result.body);
}
/** Gets the active diagnostic settings for the specified resource. */
async function diagnosticSettings_operations_get(context, resourceUri, name, options = { requestOptions: {} }) {
    const result = await diagnosticSettings_operations_getSend(context, resourceUri, name, options);
    return diagnosticSettings_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/classic/diagnosticSettings/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getDiagnosticSettings(context) {
    return {
        list: (resourceUri, options) => diagnosticSettings_operations_list(context, resourceUri, options),
        delete: (resourceUri, name, options) => diagnosticSettings_operations_$delete(context, resourceUri, name, options),
        createOrUpdate: (resourceUri, name, parameters, options) => diagnosticSettings_operations_createOrUpdate(context, resourceUri, name, parameters, options),
        get: (resourceUri, name, options) => diagnosticSettings_operations_get(context, resourceUri, name, options),
    };
}
function _getDiagnosticSettingsOperations(context) {
    return {
        ..._getDiagnosticSettings(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/diagnosticSettingsCategory/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function diagnosticSettingsCategory_operations_listSend(context, resourceUri, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/{+resourceUri}/providers/Microsoft.Insights/diagnosticSettingsCategories{?api%2Dversion}", {
        resourceUri: resourceUri,
        "api%2Dversion": "2021-05-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function diagnosticSettingsCategory_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _diagnosticSettingsCategoryResourceCollectionDeserializer(result.body);
}
/** Lists the diagnostic settings categories for the specified resource. */
function diagnosticSettingsCategory_operations_list(context, resourceUri, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => diagnosticSettingsCategory_operations_listSend(context, resourceUri, options), diagnosticSettingsCategory_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2021-05-01-preview" });
}
function diagnosticSettingsCategory_operations_getSend(context, resourceUri, name, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/{+resourceUri}/providers/Microsoft.Insights/diagnosticSettingsCategories/{name}{?api%2Dversion}", {
        resourceUri: resourceUri,
        name: name,
        "api%2Dversion": "2021-05-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function diagnosticSettingsCategory_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return diagnosticSettingsCategoryResourceDeserializer(result.body);
}
/** Gets the diagnostic settings category for the specified resource. */
async function diagnosticSettingsCategory_operations_get(context, resourceUri, name, options = { requestOptions: {} }) {
    const result = await diagnosticSettingsCategory_operations_getSend(context, resourceUri, name, options);
    return diagnosticSettingsCategory_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/classic/diagnosticSettingsCategory/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getDiagnosticSettingsCategory(context) {
    return {
        list: (resourceUri, options) => diagnosticSettingsCategory_operations_list(context, resourceUri, options),
        get: (resourceUri, name, options) => diagnosticSettingsCategory_operations_get(context, resourceUri, name, options),
    };
}
function _getDiagnosticSettingsCategoryOperations(context) {
    return {
        ..._getDiagnosticSettingsCategory(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/eventCategories/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function eventCategories_operations_listSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.Insights/eventcategories{?api%2Dversion}", {
        "api%2Dversion": "2015-04-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function eventCategories_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _eventCategoryCollectionDeserializer(result.body);
}
/** Get the list of available event categories supported in the Activity Logs Service.<br>The current list includes the following: Administrative, Security, ServiceHealth, Alert, Recommendation, Policy. */
function eventCategories_operations_list(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => eventCategories_operations_listSend(context, options), eventCategories_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2015-04-01" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/classic/eventCategories/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getEventCategories(context) {
    return {
        list: (options) => eventCategories_operations_list(context, options),
    };
}
function _getEventCategoriesOperations(context) {
    return {
        ..._getEventCategories(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/models/logProfilesApi/models.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/*
 * This file contains only generated model types and their (de)serializers.
 * Disable the following rules for internal models with '_' prefix and deserializers which require 'any' for raw JSON input.
 */
/* eslint-disable @typescript-eslint/naming-convention */
/* eslint-disable @typescript-eslint/explicit-module-boundary-types */



function logProfileResourceSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: _logProfileResourcePropertiesSerializer(item),
    };
}
function logProfileResourceDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ..._logProfileResourcePropertiesDeserializer(item["properties"]),
    };
}
function logProfilePropertiesSerializer(item) {
    return {
        storageAccountId: item["storageAccountId"],
        serviceBusRuleId: item["serviceBusRuleId"],
        locations: item["locations"].map((p) => {
            return p;
        }),
        categories: item["categories"].map((p) => {
            return p;
        }),
        retentionPolicy: retentionPolicySerializer(item["retentionPolicy"]),
    };
}
function logProfilePropertiesDeserializer(item) {
    return {
        storageAccountId: item["storageAccountId"],
        serviceBusRuleId: item["serviceBusRuleId"],
        locations: item["locations"].map((p) => {
            return p;
        }),
        categories: item["categories"].map((p) => {
            return p;
        }),
        retentionPolicy: retentionPolicyDeserializer(item["retentionPolicy"]),
    };
}
function logProfileResourcePatchSerializer(item) {
    return {
        tags: item["tags"],
        properties: areAllPropsUndefined(item, [
            "storageAccountId",
            "serviceBusRuleId",
            "locations",
            "categories",
            "retentionPolicy",
        ])
            ? undefined
            : _logProfileResourcePatchPropertiesSerializer(item),
    };
}
function _logProfileCollectionDeserializer(item) {
    return {
        value: logProfileResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function logProfileResourceArraySerializer(result) {
    return result.map((item) => {
        return logProfileResourceSerializer(item);
    });
}
function logProfileResourceArrayDeserializer(result) {
    return result.map((item) => {
        return logProfileResourceDeserializer(item);
    });
}
function _logProfileResourcePropertiesSerializer(item) {
    return {
        storageAccountId: item["storageAccountId"],
        serviceBusRuleId: item["serviceBusRuleId"],
        locations: item["locations"].map((p) => {
            return p;
        }),
        categories: item["categories"].map((p) => {
            return p;
        }),
        retentionPolicy: models_retentionPolicySerializer(item["retentionPolicy"]),
    };
}
function _logProfileResourcePropertiesDeserializer(item) {
    return {
        storageAccountId: item["storageAccountId"],
        serviceBusRuleId: item["serviceBusRuleId"],
        locations: item["locations"].map((p) => {
            return p;
        }),
        categories: item["categories"].map((p) => {
            return p;
        }),
        retentionPolicy: models_retentionPolicyDeserializer(item["retentionPolicy"]),
    };
}
function _logProfileResourcePatchPropertiesSerializer(item) {
    return {
        storageAccountId: item["storageAccountId"],
        serviceBusRuleId: item["serviceBusRuleId"],
        locations: !item["locations"]
            ? item["locations"]
            : item["locations"].map((p) => {
                return p;
            }),
        categories: !item["categories"]
            ? item["categories"]
            : item["categories"].map((p) => {
                return p;
            }),
        retentionPolicy: !item["retentionPolicy"]
            ? item["retentionPolicy"]
            : models_retentionPolicySerializer(item["retentionPolicy"]),
    };
}
function _logProfileResourcePatchPropertiesDeserializer(item) {
    return {
        storageAccountId: item["storageAccountId"],
        serviceBusRuleId: item["serviceBusRuleId"],
        locations: !item["locations"]
            ? item["locations"]
            : item["locations"].map((p) => {
                return p;
            }),
        categories: !item["categories"]
            ? item["categories"]
            : item["categories"].map((p) => {
                return p;
            }),
        retentionPolicy: !item["retentionPolicy"]
            ? item["retentionPolicy"]
            : retentionPolicyDeserializer(item["retentionPolicy"]),
    };
}
//# sourceMappingURL=models.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/logProfiles/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function logProfiles_operations_listSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Insights/logprofiles{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": "2016-03-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function logProfiles_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _logProfileCollectionDeserializer(result.body);
}
/** List the log profiles. */
function logProfiles_operations_list(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => logProfiles_operations_listSend(context, options), logProfiles_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2016-03-01" });
}
function logProfiles_operations_$deleteSend(context, logProfileName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Insights/logprofiles/{logProfileName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        logProfileName: logProfileName,
        "api%2Dversion": "2016-03-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function logProfiles_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes the log profile. */
async function logProfiles_operations_$delete(context, logProfileName, options = { requestOptions: {} }) {
    const result = await logProfiles_operations_$deleteSend(context, logProfileName, options);
    return logProfiles_operations_$deleteDeserialize(result);
}
function logProfiles_operations_updateSend(context, logProfileName, logProfilesResource, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Insights/logprofiles/{logProfileName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        logProfileName: logProfileName,
        "api%2Dversion": "2016-03-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: logProfileResourcePatchSerializer(logProfilesResource),
    });
}
async function logProfiles_operations_updateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return logProfileResourceDeserializer(result.body);
}
/** Updates an existing LogProfilesResource. To update other fields use the CreateOrUpdate method. */
async function logProfiles_operations_update(context, logProfileName, logProfilesResource, options = { requestOptions: {} }) {
    const result = await logProfiles_operations_updateSend(context, logProfileName, logProfilesResource, options);
    return logProfiles_operations_updateDeserialize(result);
}
function logProfiles_operations_createOrUpdateSend(context, logProfileName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Insights/logprofiles/{logProfileName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        logProfileName: logProfileName,
        "api%2Dversion": "2016-03-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: logProfileResourceSerializer(parameters),
    });
}
async function logProfiles_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return logProfileResourceDeserializer(result.body);
}
/** Create or update a log profile in Azure Monitoring REST API. */
async function logProfiles_operations_createOrUpdate(context, logProfileName, parameters, options = { requestOptions: {} }) {
    const result = await logProfiles_operations_createOrUpdateSend(context, logProfileName, parameters, options);
    return logProfiles_operations_createOrUpdateDeserialize(result);
}
function logProfiles_operations_getSend(context, logProfileName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Insights/logprofiles/{logProfileName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        logProfileName: logProfileName,
        "api%2Dversion": "2016-03-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function logProfiles_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return logProfileResourceDeserializer(result.body);
}
/** Gets the log profile. */
async function logProfiles_operations_get(context, logProfileName, options = { requestOptions: {} }) {
    const result = await logProfiles_operations_getSend(context, logProfileName, options);
    return logProfiles_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/classic/logProfiles/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getLogProfiles(context) {
    return {
        list: (options) => logProfiles_operations_list(context, options),
        delete: (logProfileName, options) => logProfiles_operations_$delete(context, logProfileName, options),
        update: (logProfileName, logProfilesResource, options) => logProfiles_operations_update(context, logProfileName, logProfilesResource, options),
        createOrUpdate: (logProfileName, parameters, options) => logProfiles_operations_createOrUpdate(context, logProfileName, parameters, options),
        get: (logProfileName, options) => logProfiles_operations_get(context, logProfileName, options),
    };
}
function _getLogProfilesOperations(context) {
    return {
        ..._getLogProfiles(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/static-helpers/serialization/serialize-record.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
function serializeRecord(item, excludes, serializer) {
    const propertiesToExclude = excludes ?? [];
    const res = {};
    for (const key of Object.keys(item)) {
        if (propertiesToExclude.includes(key) || item[key] === undefined) {
            continue;
        }
        if (serializer) {
            res[key] = serializer(item[key]);
        }
        else {
            res[key] = item[key];
        }
    }
    return res;
}
//# sourceMappingURL=serialize-record.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/models/metricAlertApi/models.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/*
 * This file contains only generated model types and their (de)serializers.
 * Disable the following rules for internal models with '_' prefix and deserializers which require 'any' for raw JSON input.
 */
/* eslint-disable @typescript-eslint/naming-convention */
/* eslint-disable @typescript-eslint/explicit-module-boundary-types */




function metricAlertResourceSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: _metricAlertResourcePropertiesSerializer(item),
        identity: !item["identity"] ? item["identity"] : identitySerializer(item["identity"]),
    };
}
function metricAlertResourceDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ..._metricAlertResourcePropertiesDeserializer(item["properties"]),
        identity: !item["identity"] ? item["identity"] : identityDeserializer(item["identity"]),
    };
}
function metricAlertPropertiesSerializer(item) {
    return {
        description: item["description"],
        severity: item["severity"],
        enabled: item["enabled"],
        scopes: item["scopes"].map((p) => {
            return p;
        }),
        evaluationFrequency: item["evaluationFrequency"],
        windowSize: item["windowSize"],
        targetResourceType: item["targetResourceType"],
        targetResourceRegion: item["targetResourceRegion"],
        criteria: metricAlertCriteriaUnionSerializer(item["criteria"]),
        autoMitigate: item["autoMitigate"],
        resolveConfiguration: !item["resolveConfiguration"]
            ? item["resolveConfiguration"]
            : resolveConfigurationSerializer(item["resolveConfiguration"]),
        actions: !item["actions"] ? item["actions"] : metricAlertActionArraySerializer(item["actions"]),
        customProperties: item["customProperties"],
        actionProperties: item["actionProperties"],
    };
}
function metricAlertPropertiesDeserializer(item) {
    return {
        description: item["description"],
        severity: item["severity"],
        enabled: item["enabled"],
        scopes: item["scopes"].map((p) => {
            return p;
        }),
        evaluationFrequency: item["evaluationFrequency"],
        windowSize: item["windowSize"],
        targetResourceType: item["targetResourceType"],
        targetResourceRegion: item["targetResourceRegion"],
        criteria: metricAlertCriteriaUnionDeserializer(item["criteria"]),
        autoMitigate: item["autoMitigate"],
        resolveConfiguration: !item["resolveConfiguration"]
            ? item["resolveConfiguration"]
            : resolveConfigurationDeserializer(item["resolveConfiguration"]),
        actions: !item["actions"]
            ? item["actions"]
            : metricAlertActionArrayDeserializer(item["actions"]),
        lastUpdatedTime: !item["lastUpdatedTime"]
            ? item["lastUpdatedTime"]
            : new Date(item["lastUpdatedTime"]),
        isMigrated: item["isMigrated"],
        customProperties: !item["customProperties"]
            ? item["customProperties"]
            : Object.fromEntries(Object.entries(item["customProperties"]).map(([k, p]) => [k, p])),
        actionProperties: !item["actionProperties"]
            ? item["actionProperties"]
            : Object.fromEntries(Object.entries(item["actionProperties"]).map(([k, p]) => [k, p])),
    };
}
function metricAlertCriteriaSerializer(item) {
    return { ...serializeRecord(item.additionalProperties ?? {}), "odata.type": item["odataType"] };
}
function metricAlertCriteriaDeserializer(item) {
    return {
        additionalProperties: serializeRecord(item, ["odata.type"]),
        odataType: item["odata.type"],
    };
}
function metricAlertCriteriaUnionSerializer(item) {
    switch (item.odataType) {
        case "Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria":
            return metricAlertSingleResourceMultipleMetricCriteriaSerializer(item);
        case "Microsoft.Azure.Monitor.WebtestLocationAvailabilityCriteria":
            return webtestLocationAvailabilityCriteriaSerializer(item);
        case "Microsoft.Azure.Monitor.MultipleResourceMultipleMetricCriteria":
            return metricAlertMultipleResourceMultipleMetricCriteriaSerializer(item);
        case "Microsoft.Azure.Monitor.PromQLCriteria":
            return promQLCriteriaSerializer(item);
        default:
            return metricAlertCriteriaSerializer(item);
    }
}
function metricAlertCriteriaUnionDeserializer(item) {
    switch (item["odata.type"]) {
        case "Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria":
            return metricAlertSingleResourceMultipleMetricCriteriaDeserializer(item);
        case "Microsoft.Azure.Monitor.WebtestLocationAvailabilityCriteria":
            return webtestLocationAvailabilityCriteriaDeserializer(item);
        case "Microsoft.Azure.Monitor.MultipleResourceMultipleMetricCriteria":
            return metricAlertMultipleResourceMultipleMetricCriteriaDeserializer(item);
        case "Microsoft.Azure.Monitor.PromQLCriteria":
            return promQLCriteriaDeserializer(item);
        default:
            return metricAlertCriteriaDeserializer(item);
    }
}
/** Specifies the type of the alert criteria. Previously undocumented values might be returned */
var KnownOdatatype;
(function (KnownOdatatype) {
    /** Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria */
    KnownOdatatype["MicrosoftAzureMonitorSingleResourceMultipleMetricCriteria"] = "Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria";
    /** Microsoft.Azure.Monitor.MultipleResourceMultipleMetricCriteria */
    KnownOdatatype["MicrosoftAzureMonitorMultipleResourceMultipleMetricCriteria"] = "Microsoft.Azure.Monitor.MultipleResourceMultipleMetricCriteria";
    /** Microsoft.Azure.Monitor.WebtestLocationAvailabilityCriteria */
    KnownOdatatype["MicrosoftAzureMonitorWebtestLocationAvailabilityCriteria"] = "Microsoft.Azure.Monitor.WebtestLocationAvailabilityCriteria";
    /** Microsoft.Azure.Monitor.PromQLCriteria */
    KnownOdatatype["MicrosoftAzureMonitorPromQLCriteria"] = "Microsoft.Azure.Monitor.PromQLCriteria";
})(KnownOdatatype || (KnownOdatatype = {}));
function metricAlertSingleResourceMultipleMetricCriteriaSerializer(item) {
    return {
        ...serializeRecord(item.additionalProperties ?? {}),
        "odata.type": item["odataType"],
        allOf: !item["allOf"] ? item["allOf"] : metricCriteriaArraySerializer(item["allOf"]),
    };
}
function metricAlertSingleResourceMultipleMetricCriteriaDeserializer(item) {
    return {
        additionalProperties: serializeRecord(item, ["odata.type", "allOf"]),
        odataType: item["odata.type"],
        allOf: !item["allOf"] ? item["allOf"] : metricCriteriaArrayDeserializer(item["allOf"]),
    };
}
function metricCriteriaArraySerializer(result) {
    return result.map((item) => {
        return metricCriteriaSerializer(item);
    });
}
function metricCriteriaArrayDeserializer(result) {
    return result.map((item) => {
        return metricCriteriaDeserializer(item);
    });
}
function metricCriteriaSerializer(item) {
    return {
        ...serializeRecord(item.additionalProperties ?? {}),
        criterionType: item["criterionType"],
        name: item["name"],
        metricName: item["metricName"],
        metricNamespace: item["metricNamespace"],
        timeAggregation: item["timeAggregation"],
        dimensions: !item["dimensions"]
            ? item["dimensions"]
            : metricDimensionArraySerializer(item["dimensions"]),
        skipMetricValidation: item["skipMetricValidation"],
        operator: item["operator"],
        threshold: item["threshold"],
    };
}
function metricCriteriaDeserializer(item) {
    return {
        additionalProperties: serializeRecord(item, [
            "criterionType",
            "name",
            "metricName",
            "metricNamespace",
            "timeAggregation",
            "dimensions",
            "skipMetricValidation",
            "operator",
            "threshold",
        ]),
        criterionType: item["criterionType"],
        name: item["name"],
        metricName: item["metricName"],
        metricNamespace: item["metricNamespace"],
        timeAggregation: item["timeAggregation"],
        dimensions: !item["dimensions"]
            ? item["dimensions"]
            : metricDimensionArrayDeserializer(item["dimensions"]),
        skipMetricValidation: item["skipMetricValidation"],
        operator: item["operator"],
        threshold: item["threshold"],
    };
}
/** The criteria operator. Previously undocumented values might be returned */
var KnownOperator;
(function (KnownOperator) {
    /** Equals */
    KnownOperator["Equals"] = "Equals";
    /** GreaterThan */
    KnownOperator["GreaterThan"] = "GreaterThan";
    /** GreaterThanOrEqual */
    KnownOperator["GreaterThanOrEqual"] = "GreaterThanOrEqual";
    /** LessThan */
    KnownOperator["LessThan"] = "LessThan";
    /** LessThanOrEqual */
    KnownOperator["LessThanOrEqual"] = "LessThanOrEqual";
})(KnownOperator || (KnownOperator = {}));
function webtestLocationAvailabilityCriteriaSerializer(item) {
    return {
        ...serializeRecord(item.additionalProperties ?? {}),
        "odata.type": item["odataType"],
        webTestId: item["webTestId"],
        componentId: item["componentId"],
        failedLocationCount: item["failedLocationCount"],
    };
}
function webtestLocationAvailabilityCriteriaDeserializer(item) {
    return {
        additionalProperties: serializeRecord(item, [
            "odata.type",
            "webTestId",
            "componentId",
            "failedLocationCount",
        ]),
        odataType: item["odata.type"],
        webTestId: item["webTestId"],
        componentId: item["componentId"],
        failedLocationCount: item["failedLocationCount"],
    };
}
function metricAlertMultipleResourceMultipleMetricCriteriaSerializer(item) {
    return {
        ...serializeRecord(item.additionalProperties ?? {}),
        "odata.type": item["odataType"],
        allOf: !item["allOf"] ? item["allOf"] : multiMetricCriteriaUnionArraySerializer(item["allOf"]),
    };
}
function metricAlertMultipleResourceMultipleMetricCriteriaDeserializer(item) {
    return {
        additionalProperties: serializeRecord(item, ["odata.type", "allOf"]),
        odataType: item["odata.type"],
        allOf: !item["allOf"]
            ? item["allOf"]
            : multiMetricCriteriaUnionArrayDeserializer(item["allOf"]),
    };
}
function multiMetricCriteriaUnionArraySerializer(result) {
    return result.map((item) => {
        return multiMetricCriteriaUnionSerializer(item);
    });
}
function multiMetricCriteriaUnionArrayDeserializer(result) {
    return result.map((item) => {
        return multiMetricCriteriaUnionDeserializer(item);
    });
}
function multiMetricCriteriaSerializer(item) {
    return {
        ...serializeRecord(item.additionalProperties ?? {}),
        criterionType: item["criterionType"],
        name: item["name"],
        metricName: item["metricName"],
        metricNamespace: item["metricNamespace"],
        timeAggregation: item["timeAggregation"],
        dimensions: !item["dimensions"]
            ? item["dimensions"]
            : metricDimensionArraySerializer(item["dimensions"]),
        skipMetricValidation: item["skipMetricValidation"],
    };
}
function multiMetricCriteriaDeserializer(item) {
    return {
        additionalProperties: serializeRecord(item, [
            "criterionType",
            "name",
            "metricName",
            "metricNamespace",
            "timeAggregation",
            "dimensions",
            "skipMetricValidation",
        ]),
        criterionType: item["criterionType"],
        name: item["name"],
        metricName: item["metricName"],
        metricNamespace: item["metricNamespace"],
        timeAggregation: item["timeAggregation"],
        dimensions: !item["dimensions"]
            ? item["dimensions"]
            : metricDimensionArrayDeserializer(item["dimensions"]),
        skipMetricValidation: item["skipMetricValidation"],
    };
}
function multiMetricCriteriaUnionSerializer(item) {
    switch (item.criterionType) {
        case "StaticThresholdCriterion":
            return metricCriteriaSerializer(item);
        case "DynamicThresholdCriterion":
            return dynamicMetricCriteriaSerializer(item);
        default:
            return multiMetricCriteriaSerializer(item);
    }
}
function multiMetricCriteriaUnionDeserializer(item) {
    switch (item["criterionType"]) {
        case "StaticThresholdCriterion":
            return metricCriteriaDeserializer(item);
        case "DynamicThresholdCriterion":
            return dynamicMetricCriteriaDeserializer(item);
        default:
            return multiMetricCriteriaDeserializer(item);
    }
}
/** The criteria time aggregation types. Previously undocumented values might be returned */
var KnownAggregationTypeEnum;
(function (KnownAggregationTypeEnum) {
    /** Average */
    KnownAggregationTypeEnum["Average"] = "Average";
    /** Count */
    KnownAggregationTypeEnum["Count"] = "Count";
    /** Minimum */
    KnownAggregationTypeEnum["Minimum"] = "Minimum";
    /** Maximum */
    KnownAggregationTypeEnum["Maximum"] = "Maximum";
    /** Total */
    KnownAggregationTypeEnum["Total"] = "Total";
})(KnownAggregationTypeEnum || (KnownAggregationTypeEnum = {}));
function metricDimensionArraySerializer(result) {
    return result.map((item) => {
        return metricDimensionSerializer(item);
    });
}
function metricDimensionArrayDeserializer(result) {
    return result.map((item) => {
        return metricDimensionDeserializer(item);
    });
}
function metricDimensionSerializer(item) {
    return {
        name: item["name"],
        operator: item["operator"],
        values: item["values"].map((p) => {
            return p;
        }),
    };
}
function metricDimensionDeserializer(item) {
    return {
        name: item["name"],
        operator: item["operator"],
        values: item["values"].map((p) => {
            return p;
        }),
    };
}
function dynamicMetricCriteriaSerializer(item) {
    return {
        ...serializeRecord(item.additionalProperties ?? {}),
        criterionType: item["criterionType"],
        name: item["name"],
        metricName: item["metricName"],
        metricNamespace: item["metricNamespace"],
        timeAggregation: item["timeAggregation"],
        dimensions: !item["dimensions"]
            ? item["dimensions"]
            : metricDimensionArraySerializer(item["dimensions"]),
        skipMetricValidation: item["skipMetricValidation"],
        operator: item["operator"],
        alertSensitivity: item["alertSensitivity"],
        failingPeriods: dynamicThresholdFailingPeriodsSerializer(item["failingPeriods"]),
        ignoreDataBefore: !item["ignoreDataBefore"]
            ? item["ignoreDataBefore"]
            : item["ignoreDataBefore"].toISOString(),
    };
}
function dynamicMetricCriteriaDeserializer(item) {
    return {
        additionalProperties: serializeRecord(item, [
            "criterionType",
            "name",
            "metricName",
            "metricNamespace",
            "timeAggregation",
            "dimensions",
            "skipMetricValidation",
            "operator",
            "alertSensitivity",
            "failingPeriods",
            "ignoreDataBefore",
        ]),
        criterionType: item["criterionType"],
        name: item["name"],
        metricName: item["metricName"],
        metricNamespace: item["metricNamespace"],
        timeAggregation: item["timeAggregation"],
        dimensions: !item["dimensions"]
            ? item["dimensions"]
            : metricDimensionArrayDeserializer(item["dimensions"]),
        skipMetricValidation: item["skipMetricValidation"],
        operator: item["operator"],
        alertSensitivity: item["alertSensitivity"],
        failingPeriods: dynamicThresholdFailingPeriodsDeserializer(item["failingPeriods"]),
        ignoreDataBefore: !item["ignoreDataBefore"]
            ? item["ignoreDataBefore"]
            : new Date(item["ignoreDataBefore"]),
    };
}
/** The operator used to compare the metric value against the threshold. Previously undocumented values might be returned */
var KnownDynamicThresholdOperator;
(function (KnownDynamicThresholdOperator) {
    /** GreaterThan */
    KnownDynamicThresholdOperator["GreaterThan"] = "GreaterThan";
    /** LessThan */
    KnownDynamicThresholdOperator["LessThan"] = "LessThan";
    /** GreaterOrLessThan */
    KnownDynamicThresholdOperator["GreaterOrLessThan"] = "GreaterOrLessThan";
})(KnownDynamicThresholdOperator || (KnownDynamicThresholdOperator = {}));
/** The extent of deviation required to trigger an alert. This will affect how tight the threshold is to the metric series pattern. Previously undocumented values might be returned */
var KnownDynamicThresholdSensitivity;
(function (KnownDynamicThresholdSensitivity) {
    /** Low */
    KnownDynamicThresholdSensitivity["Low"] = "Low";
    /** Medium */
    KnownDynamicThresholdSensitivity["Medium"] = "Medium";
    /** High */
    KnownDynamicThresholdSensitivity["High"] = "High";
})(KnownDynamicThresholdSensitivity || (KnownDynamicThresholdSensitivity = {}));
function dynamicThresholdFailingPeriodsSerializer(item) {
    return {
        numberOfEvaluationPeriods: item["numberOfEvaluationPeriods"],
        minFailingPeriodsToAlert: item["minFailingPeriodsToAlert"],
    };
}
function dynamicThresholdFailingPeriodsDeserializer(item) {
    return {
        numberOfEvaluationPeriods: item["numberOfEvaluationPeriods"],
        minFailingPeriodsToAlert: item["minFailingPeriodsToAlert"],
    };
}
function promQLCriteriaSerializer(item) {
    return {
        ...serializeRecord(item.additionalProperties ?? {}),
        "odata.type": item["odataType"],
        failingPeriods: !item["failingPeriods"]
            ? item["failingPeriods"]
            : queryFailingPeriodsSerializer(item["failingPeriods"]),
        allOf: !item["allOf"] ? item["allOf"] : multiPromQLCriteriaUnionArraySerializer(item["allOf"]),
    };
}
function promQLCriteriaDeserializer(item) {
    return {
        additionalProperties: serializeRecord(item, ["odata.type", "failingPeriods", "allOf"]),
        odataType: item["odata.type"],
        failingPeriods: !item["failingPeriods"]
            ? item["failingPeriods"]
            : queryFailingPeriodsDeserializer(item["failingPeriods"]),
        allOf: !item["allOf"]
            ? item["allOf"]
            : multiPromQLCriteriaUnionArrayDeserializer(item["allOf"]),
    };
}
function queryFailingPeriodsSerializer(item) {
    return { for: item["for"] };
}
function queryFailingPeriodsDeserializer(item) {
    return {
        for: item["for"],
    };
}
function multiPromQLCriteriaUnionArraySerializer(result) {
    return result.map((item) => {
        return multiPromQLCriteriaUnionSerializer(item);
    });
}
function multiPromQLCriteriaUnionArrayDeserializer(result) {
    return result.map((item) => {
        return multiPromQLCriteriaUnionDeserializer(item);
    });
}
function multiPromQLCriteriaSerializer(item) {
    return { criterionType: item["criterionType"], name: item["name"], query: item["query"] };
}
function multiPromQLCriteriaDeserializer(item) {
    return {
        criterionType: item["criterionType"],
        name: item["name"],
        query: item["query"],
    };
}
function multiPromQLCriteriaUnionSerializer(item) {
    switch (item.criterionType) {
        case "StaticThresholdCriterion":
            return staticPromQLCriteriaSerializer(item);
        case "DynamicThresholdCriterion":
            return dynamicPromQLCriteriaSerializer(item);
        default:
            return multiPromQLCriteriaSerializer(item);
    }
}
function multiPromQLCriteriaUnionDeserializer(item) {
    switch (item["criterionType"]) {
        case "StaticThresholdCriterion":
            return staticPromQLCriteriaDeserializer(item);
        case "DynamicThresholdCriterion":
            return dynamicPromQLCriteriaDeserializer(item);
        default:
            return multiPromQLCriteriaDeserializer(item);
    }
}
function staticPromQLCriteriaSerializer(item) {
    return { criterionType: item["criterionType"], name: item["name"], query: item["query"] };
}
function staticPromQLCriteriaDeserializer(item) {
    return {
        criterionType: item["criterionType"],
        name: item["name"],
        query: item["query"],
    };
}
function dynamicPromQLCriteriaSerializer(item) {
    return {
        criterionType: item["criterionType"],
        name: item["name"],
        query: item["query"],
        operator: item["operator"],
        alertSensitivity: item["alertSensitivity"],
        ignoreDataBefore: !item["ignoreDataBefore"]
            ? item["ignoreDataBefore"]
            : item["ignoreDataBefore"].toISOString(),
    };
}
function dynamicPromQLCriteriaDeserializer(item) {
    return {
        criterionType: item["criterionType"],
        name: item["name"],
        query: item["query"],
        operator: item["operator"],
        alertSensitivity: item["alertSensitivity"],
        ignoreDataBefore: !item["ignoreDataBefore"]
            ? item["ignoreDataBefore"]
            : new Date(item["ignoreDataBefore"]),
    };
}
function resolveConfigurationSerializer(item) {
    return { autoResolved: item["autoResolved"], timeToResolve: item["timeToResolve"] };
}
function resolveConfigurationDeserializer(item) {
    return {
        autoResolved: item["autoResolved"],
        timeToResolve: item["timeToResolve"],
    };
}
function metricAlertActionArraySerializer(result) {
    return result.map((item) => {
        return metricAlertActionSerializer(item);
    });
}
function metricAlertActionArrayDeserializer(result) {
    return result.map((item) => {
        return metricAlertActionDeserializer(item);
    });
}
function metricAlertActionSerializer(item) {
    return { actionGroupId: item["actionGroupId"], webHookProperties: item["webHookProperties"] };
}
function metricAlertActionDeserializer(item) {
    return {
        actionGroupId: item["actionGroupId"],
        webHookProperties: !item["webHookProperties"]
            ? item["webHookProperties"]
            : Object.fromEntries(Object.entries(item["webHookProperties"]).map(([k, p]) => [k, p])),
    };
}
function metricAlertErrorResponseDeserializer(item) {
    return {
        error: !item["error"] ? item["error"] : errorResponseErrorDeserializer(item["error"]),
    };
}
function metricAlertResourcePatchSerializer(item) {
    return {
        tags: item["tags"],
        identity: !item["identity"] ? item["identity"] : identitySerializer(item["identity"]),
        properties: areAllPropsUndefined(item, [
            "description",
            "severity",
            "enabled",
            "scopes",
            "evaluationFrequency",
            "windowSize",
            "targetResourceType",
            "targetResourceRegion",
            "criteria",
            "autoMitigate",
            "resolveConfiguration",
            "actions",
            "customProperties",
            "actionProperties",
        ])
            ? undefined
            : _metricAlertResourcePatchPropertiesSerializer(item),
    };
}
function metricAlertPropertiesPatchSerializer(item) {
    return {
        description: item["description"],
        severity: item["severity"],
        enabled: item["enabled"],
        scopes: !item["scopes"]
            ? item["scopes"]
            : item["scopes"].map((p) => {
                return p;
            }),
        evaluationFrequency: item["evaluationFrequency"],
        windowSize: item["windowSize"],
        targetResourceType: item["targetResourceType"],
        targetResourceRegion: item["targetResourceRegion"],
        criteria: !item["criteria"]
            ? item["criteria"]
            : metricAlertCriteriaUnionSerializer(item["criteria"]),
        autoMitigate: item["autoMitigate"],
        resolveConfiguration: !item["resolveConfiguration"]
            ? item["resolveConfiguration"]
            : resolveConfigurationSerializer(item["resolveConfiguration"]),
        actions: !item["actions"] ? item["actions"] : metricAlertActionArraySerializer(item["actions"]),
        customProperties: item["customProperties"],
        actionProperties: item["actionProperties"],
    };
}
function _metricAlertResourceCollectionDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : metricAlertResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function metricAlertResourceArraySerializer(result) {
    return result.map((item) => {
        return metricAlertResourceSerializer(item);
    });
}
function metricAlertResourceArrayDeserializer(result) {
    return result.map((item) => {
        return metricAlertResourceDeserializer(item);
    });
}
function metricAlertStatusCollectionDeserializer(item) {
    return {
        value: !item["value"] ? item["value"] : metricAlertStatusArrayDeserializer(item["value"]),
    };
}
function metricAlertStatusArrayDeserializer(result) {
    return result.map((item) => {
        return metricAlertStatusDeserializer(item);
    });
}
function metricAlertStatusDeserializer(item) {
    return {
        name: item["name"],
        id: item["id"],
        type: item["type"],
        properties: !item["properties"]
            ? item["properties"]
            : metricAlertStatusPropertiesDeserializer(item["properties"]),
    };
}
function metricAlertStatusPropertiesDeserializer(item) {
    return {
        dimensions: !item["dimensions"]
            ? item["dimensions"]
            : Object.fromEntries(Object.entries(item["dimensions"]).map(([k, p]) => [k, p])),
        status: item["status"],
        timestamp: !item["timestamp"] ? item["timestamp"] : new Date(item["timestamp"]),
    };
}
function _metricAlertResourcePropertiesSerializer(item) {
    return {
        description: item["description"],
        severity: item["severity"],
        enabled: item["enabled"],
        scopes: item["scopes"].map((p) => {
            return p;
        }),
        evaluationFrequency: item["evaluationFrequency"],
        windowSize: item["windowSize"],
        targetResourceType: item["targetResourceType"],
        targetResourceRegion: item["targetResourceRegion"],
        criteria: metricAlertCriteriaUnionSerializer(item["criteria"]),
        autoMitigate: item["autoMitigate"],
        resolveConfiguration: !item["resolveConfiguration"]
            ? item["resolveConfiguration"]
            : resolveConfigurationSerializer(item["resolveConfiguration"]),
        actions: !item["actions"] ? item["actions"] : metricAlertActionArraySerializer(item["actions"]),
        customProperties: item["customProperties"],
        actionProperties: item["actionProperties"],
    };
}
function _metricAlertResourcePropertiesDeserializer(item) {
    return {
        description: item["description"],
        severity: item["severity"],
        enabled: item["enabled"],
        scopes: item["scopes"].map((p) => {
            return p;
        }),
        evaluationFrequency: item["evaluationFrequency"],
        windowSize: item["windowSize"],
        targetResourceType: item["targetResourceType"],
        targetResourceRegion: item["targetResourceRegion"],
        criteria: metricAlertCriteriaUnionDeserializer(item["criteria"]),
        autoMitigate: item["autoMitigate"],
        resolveConfiguration: !item["resolveConfiguration"]
            ? item["resolveConfiguration"]
            : resolveConfigurationDeserializer(item["resolveConfiguration"]),
        actions: !item["actions"]
            ? item["actions"]
            : metricAlertActionArrayDeserializer(item["actions"]),
        lastUpdatedTime: !item["lastUpdatedTime"]
            ? item["lastUpdatedTime"]
            : new Date(item["lastUpdatedTime"]),
        isMigrated: item["isMigrated"],
        customProperties: !item["customProperties"]
            ? item["customProperties"]
            : Object.fromEntries(Object.entries(item["customProperties"]).map(([k, p]) => [k, p])),
        actionProperties: !item["actionProperties"]
            ? item["actionProperties"]
            : Object.fromEntries(Object.entries(item["actionProperties"]).map(([k, p]) => [k, p])),
    };
}
function _metricAlertResourcePatchPropertiesSerializer(item) {
    return {
        description: item["description"],
        severity: item["severity"],
        enabled: item["enabled"],
        scopes: !item["scopes"]
            ? item["scopes"]
            : item["scopes"].map((p) => {
                return p;
            }),
        evaluationFrequency: item["evaluationFrequency"],
        windowSize: item["windowSize"],
        targetResourceType: item["targetResourceType"],
        targetResourceRegion: item["targetResourceRegion"],
        criteria: !item["criteria"]
            ? item["criteria"]
            : metricAlertCriteriaUnionSerializer(item["criteria"]),
        autoMitigate: item["autoMitigate"],
        resolveConfiguration: !item["resolveConfiguration"]
            ? item["resolveConfiguration"]
            : resolveConfigurationSerializer(item["resolveConfiguration"]),
        actions: !item["actions"] ? item["actions"] : metricAlertActionArraySerializer(item["actions"]),
        customProperties: item["customProperties"],
        actionProperties: item["actionProperties"],
    };
}
//# sourceMappingURL=models.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/metricAlerts/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function metricAlerts_operations_listBySubscriptionSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Insights/metricAlerts{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": "2026-01-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function metricAlerts_operations_listBySubscriptionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = metricAlertErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _metricAlertResourceCollectionDeserializer(result.body);
}
/** Retrieve alert rule definitions in a subscription. */
function metricAlerts_operations_listBySubscription(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => metricAlerts_operations_listBySubscriptionSend(context, options), metricAlerts_operations_listBySubscriptionDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2026-01-01" });
}
function metricAlerts_operations_listByResourceGroupSend(context, resourceGroupName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/metricAlerts{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        "api%2Dversion": "2026-01-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function metricAlerts_operations_listByResourceGroupDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = metricAlertErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _metricAlertResourceCollectionDeserializer(result.body);
}
/** Retrieve alert rule definitions in a resource group. */
function metricAlerts_operations_listByResourceGroup(context, resourceGroupName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => metricAlerts_operations_listByResourceGroupSend(context, resourceGroupName, options), metricAlerts_operations_listByResourceGroupDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2026-01-01" });
}
function metricAlerts_operations_$deleteSend(context, resourceGroupName, ruleName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/metricAlerts/{ruleName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        ruleName: ruleName,
        "api%2Dversion": "2026-01-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function metricAlerts_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = metricAlertErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Delete an alert rule definition. */
async function metricAlerts_operations_$delete(context, resourceGroupName, ruleName, options = { requestOptions: {} }) {
    const result = await metricAlerts_operations_$deleteSend(context, resourceGroupName, ruleName, options);
    return metricAlerts_operations_$deleteDeserialize(result);
}
function metricAlerts_operations_updateSend(context, resourceGroupName, ruleName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/metricAlerts/{ruleName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        ruleName: ruleName,
        "api%2Dversion": "2026-01-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: metricAlertResourcePatchSerializer(parameters),
    });
}
async function metricAlerts_operations_updateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = metricAlertErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return metricAlertResourceDeserializer(result.body);
}
/** Update an metric alert definition. */
async function metricAlerts_operations_update(context, resourceGroupName, ruleName, parameters, options = { requestOptions: {} }) {
    const result = await metricAlerts_operations_updateSend(context, resourceGroupName, ruleName, parameters, options);
    return metricAlerts_operations_updateDeserialize(result);
}
function metricAlerts_operations_createOrUpdateSend(context, resourceGroupName, ruleName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/metricAlerts/{ruleName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        ruleName: ruleName,
        "api%2Dversion": "2026-01-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: metricAlertResourceSerializer(parameters),
    });
}
async function metricAlerts_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = metricAlertErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return metricAlertResourceDeserializer(result.body);
}
/** Create or update an metric alert definition. */
async function metricAlerts_operations_createOrUpdate(context, resourceGroupName, ruleName, parameters, options = { requestOptions: {} }) {
    const result = await metricAlerts_operations_createOrUpdateSend(context, resourceGroupName, ruleName, parameters, options);
    return metricAlerts_operations_createOrUpdateDeserialize(result);
}
function metricAlerts_operations_getSend(context, resourceGroupName, ruleName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/metricAlerts/{ruleName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        ruleName: ruleName,
        "api%2Dversion": "2026-01-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function metricAlerts_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = metricAlertErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return metricAlertResourceDeserializer(result.body);
}
/** Retrieve an alert rule definition. */
async function metricAlerts_operations_get(context, resourceGroupName, ruleName, options = { requestOptions: {} }) {
    const result = await metricAlerts_operations_getSend(context, resourceGroupName, ruleName, options);
    return metricAlerts_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/classic/metricAlerts/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getMetricAlerts(context) {
    return {
        listBySubscription: (options) => metricAlerts_operations_listBySubscription(context, options),
        listByResourceGroup: (resourceGroupName, options) => metricAlerts_operations_listByResourceGroup(context, resourceGroupName, options),
        delete: (resourceGroupName, ruleName, options) => metricAlerts_operations_$delete(context, resourceGroupName, ruleName, options),
        update: (resourceGroupName, ruleName, parameters, options) => metricAlerts_operations_update(context, resourceGroupName, ruleName, parameters, options),
        createOrUpdate: (resourceGroupName, ruleName, parameters, options) => metricAlerts_operations_createOrUpdate(context, resourceGroupName, ruleName, parameters, options),
        get: (resourceGroupName, ruleName, options) => metricAlerts_operations_get(context, resourceGroupName, ruleName, options),
    };
}
function _getMetricAlertsOperations(context) {
    return {
        ..._getMetricAlerts(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/metricAlertsStatus/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



function _listByNameSend(context, resourceGroupName, ruleName, statusName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Insights/metricAlerts/{ruleName}/status/{statusName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        ruleName: ruleName,
        statusName: statusName,
        "api%2Dversion": "2026-01-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listByNameDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = metricAlertErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return metricAlertStatusCollectionDeserializer(result.body);
}
/** Retrieve an alert rule status. */
async function listByName(context, resourceGroupName, ruleName, statusName, options = { requestOptions: {} }) {
    const result = await _listByNameSend(context, resourceGroupName, ruleName, statusName, options);
    return _listByNameDeserialize(result);
}
function metricAlertsStatus_operations_listSend(context, resourceGroupName, ruleName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/metricAlerts/{ruleName}/status{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        ruleName: ruleName,
        "api%2Dversion": "2026-01-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function metricAlertsStatus_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = metricAlertErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return metricAlertStatusCollectionDeserializer(result.body);
}
/** Retrieve an alert rule status. */
async function metricAlertsStatus_operations_list(context, resourceGroupName, ruleName, options = { requestOptions: {} }) {
    const result = await metricAlertsStatus_operations_listSend(context, resourceGroupName, ruleName, options);
    return metricAlertsStatus_operations_listDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/classic/metricAlertsStatus/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getMetricAlertsStatus(context) {
    return {
        listByName: (resourceGroupName, ruleName, statusName, options) => listByName(context, resourceGroupName, ruleName, statusName, options),
        list: (resourceGroupName, ruleName, options) => metricAlertsStatus_operations_list(context, resourceGroupName, ruleName, options),
    };
}
function _getMetricAlertsStatusOperations(context) {
    return {
        ..._getMetricAlertsStatus(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/models/metricsApi/models.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _subscriptionScopeMetricDefinitionCollectionDeserializer(item) {
    return {
        value: subscriptionScopeMetricDefinitionArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function subscriptionScopeMetricDefinitionArrayDeserializer(result) {
    return result.map((item) => {
        return subscriptionScopeMetricDefinitionDeserializer(item);
    });
}
function subscriptionScopeMetricDefinitionDeserializer(item) {
    return {
        isDimensionRequired: item["isDimensionRequired"],
        resourceId: item["resourceId"],
        namespace: item["namespace"],
        name: !item["name"] ? item["name"] : localizableStringDeserializer(item["name"]),
        displayDescription: item["displayDescription"],
        category: item["category"],
        metricClass: item["metricClass"],
        unit: item["unit"],
        primaryAggregationType: item["primaryAggregationType"],
        supportedAggregationTypes: !item["supportedAggregationTypes"]
            ? item["supportedAggregationTypes"]
            : item["supportedAggregationTypes"].map((p) => {
                return p;
            }),
        metricAvailabilities: !item["metricAvailabilities"]
            ? item["metricAvailabilities"]
            : metricAvailabilityArrayDeserializer(item["metricAvailabilities"]),
        id: item["id"],
        dimensions: !item["dimensions"]
            ? item["dimensions"]
            : localizableStringArrayDeserializer(item["dimensions"]),
    };
}
/** The class of the metric. */
var KnownMetricClass;
(function (KnownMetricClass) {
    /** Availability */
    KnownMetricClass["Availability"] = "Availability";
    /** Transactions */
    KnownMetricClass["Transactions"] = "Transactions";
    /** Errors */
    KnownMetricClass["Errors"] = "Errors";
    /** Latency */
    KnownMetricClass["Latency"] = "Latency";
    /** Saturation */
    KnownMetricClass["Saturation"] = "Saturation";
})(KnownMetricClass || (KnownMetricClass = {}));
/** The unit of the metric. */
var KnownMetricUnit;
(function (KnownMetricUnit) {
    /** Unit of raw quantity. */
    KnownMetricUnit["Count"] = "Count";
    /** Unit of memory in bytes. */
    KnownMetricUnit["Bytes"] = "Bytes";
    /** Unit of time in seconds. */
    KnownMetricUnit["Seconds"] = "Seconds";
    /** Rate unit of raw quantity per second. */
    KnownMetricUnit["CountPerSecond"] = "CountPerSecond";
    /** Rate unit of memory in bytes per second. */
    KnownMetricUnit["BytesPerSecond"] = "BytesPerSecond";
    /** Percentage unit. */
    KnownMetricUnit["Percent"] = "Percent";
    /** Unit of time in 1/1000th of a second. */
    KnownMetricUnit["MilliSeconds"] = "MilliSeconds";
    /** Unit of data transfer or storage. It is the size of the data in bytes multiplied by the time it takes to transfer or store the data in seconds. */
    KnownMetricUnit["ByteSeconds"] = "ByteSeconds";
    /** No specified unit. */
    KnownMetricUnit["Unspecified"] = "Unspecified";
    /** Unit of processing power. */
    KnownMetricUnit["Cores"] = "Cores";
    /** Unit of processing power in 1/1000th of a CPU core. */
    KnownMetricUnit["MilliCores"] = "MilliCores";
    /** Unit of processing power in one billionth of a CPU core. */
    KnownMetricUnit["NanoCores"] = "NanoCores";
    /** Rate unit of binary digits per second. */
    KnownMetricUnit["BitsPerSecond"] = "BitsPerSecond";
})(KnownMetricUnit || (KnownMetricUnit = {}));
/** The aggregation type of the metric. */
var KnownMetricAggregationType;
(function (KnownMetricAggregationType) {
    /** None */
    KnownMetricAggregationType["None"] = "None";
    /** Average */
    KnownMetricAggregationType["Average"] = "Average";
    /** Count */
    KnownMetricAggregationType["Count"] = "Count";
    /** Minimum */
    KnownMetricAggregationType["Minimum"] = "Minimum";
    /** Maximum */
    KnownMetricAggregationType["Maximum"] = "Maximum";
    /** Total */
    KnownMetricAggregationType["Total"] = "Total";
})(KnownMetricAggregationType || (KnownMetricAggregationType = {}));
function metricAvailabilityArrayDeserializer(result) {
    return result.map((item) => {
        return metricAvailabilityDeserializer(item);
    });
}
function metricAvailabilityDeserializer(item) {
    return {
        timeGrain: item["timeGrain"],
        retention: item["retention"],
    };
}
function _metricDefinitionCollectionDeserializer(item) {
    return {
        value: metricDefinitionArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function metricDefinitionArrayDeserializer(result) {
    return result.map((item) => {
        return metricDefinitionDeserializer(item);
    });
}
function metricDefinitionDeserializer(item) {
    return {
        isDimensionRequired: item["isDimensionRequired"],
        resourceId: item["resourceId"],
        namespace: item["namespace"],
        name: !item["name"] ? item["name"] : localizableStringDeserializer(item["name"]),
        displayDescription: item["displayDescription"],
        category: item["category"],
        metricClass: item["metricClass"],
        unit: item["unit"],
        primaryAggregationType: item["primaryAggregationType"],
        supportedAggregationTypes: !item["supportedAggregationTypes"]
            ? item["supportedAggregationTypes"]
            : item["supportedAggregationTypes"].map((p) => {
                return p;
            }),
        metricAvailabilities: !item["metricAvailabilities"]
            ? item["metricAvailabilities"]
            : metricAvailabilityArrayDeserializer(item["metricAvailabilities"]),
        id: item["id"],
        dimensions: !item["dimensions"]
            ? item["dimensions"]
            : localizableStringArrayDeserializer(item["dimensions"]),
    };
}
function _metricNamespaceCollectionDeserializer(item) {
    return {
        value: metricNamespaceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function metricNamespaceArrayDeserializer(result) {
    return result.map((item) => {
        return metricNamespaceDeserializer(item);
    });
}
function metricNamespaceDeserializer(item) {
    return {
        id: item["id"],
        type: item["type"],
        name: item["name"],
        classification: item["classification"],
        properties: !item["properties"]
            ? item["properties"]
            : metricNamespaceNameDeserializer(item["properties"]),
    };
}
/** Kind of namespace */
var KnownNamespaceClassification;
(function (KnownNamespaceClassification) {
    /** Platform */
    KnownNamespaceClassification["Platform"] = "Platform";
    /** Custom */
    KnownNamespaceClassification["Custom"] = "Custom";
    /** Qos */
    KnownNamespaceClassification["Qos"] = "Qos";
})(KnownNamespaceClassification || (KnownNamespaceClassification = {}));
function metricNamespaceNameDeserializer(item) {
    return {
        metricNamespaceName: item["metricNamespaceName"],
    };
}
function responseDeserializer(item) {
    return {
        cost: item["cost"],
        timespan: item["timespan"],
        interval: item["interval"],
        namespace: item["namespace"],
        resourceregion: item["resourceregion"],
        value: metricArrayDeserializer(item["value"]),
    };
}
function metricArrayDeserializer(result) {
    return result.map((item) => {
        return metricDeserializer(item);
    });
}
function metricDeserializer(item) {
    return {
        id: item["id"],
        type: item["type"],
        name: localizableStringDeserializer(item["name"]),
        displayDescription: item["displayDescription"],
        errorCode: item["errorCode"],
        errorMessage: item["errorMessage"],
        unit: item["unit"],
        timeseries: timeSeriesElementArrayDeserializer(item["timeseries"]),
    };
}
function timeSeriesElementArrayDeserializer(result) {
    return result.map((item) => {
        return timeSeriesElementDeserializer(item);
    });
}
function timeSeriesElementDeserializer(item) {
    return {
        metadatavalues: !item["metadatavalues"]
            ? item["metadatavalues"]
            : metadataValueArrayDeserializer(item["metadatavalues"]),
        data: !item["data"] ? item["data"] : metricValueArrayDeserializer(item["data"]),
    };
}
function metadataValueArrayDeserializer(result) {
    return result.map((item) => {
        return metadataValueDeserializer(item);
    });
}
function metadataValueDeserializer(item) {
    return {
        name: !item["name"] ? item["name"] : localizableStringDeserializer(item["name"]),
        value: item["value"],
    };
}
function metricValueArrayDeserializer(result) {
    return result.map((item) => {
        return metricValueDeserializer(item);
    });
}
function metricValueDeserializer(item) {
    return {
        timeStamp: new Date(item["timeStamp"]),
        average: item["average"],
        minimum: item["minimum"],
        maximum: item["maximum"],
        total: item["total"],
        count: item["count"],
    };
}
function subscriptionScopeMetricsRequestBodyParametersSerializer(item) {
    return {
        timespan: item["timespan"],
        interval: item["interval"],
        metricNames: item["metricNames"],
        aggregation: item["aggregation"],
        filter: item["filter"],
        top: item["top"],
        orderBy: item["orderBy"],
        rollUpBy: item["rollUpBy"],
        resultType: item["resultType"],
        metricNamespace: item["metricNamespace"],
        autoAdjustTimegrain: item["autoAdjustTimegrain"],
        validateDimensions: item["validateDimensions"],
    };
}
/** Reduces the set of data collected. The syntax allowed depends on the operation. See the operation's description for details. */
var KnownMetricResultType;
(function (KnownMetricResultType) {
    /** Data */
    KnownMetricResultType["Data"] = "Data";
    /** Metadata */
    KnownMetricResultType["Metadata"] = "Metadata";
})(KnownMetricResultType || (KnownMetricResultType = {}));
//# sourceMappingURL=models.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/metricDefinitions/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function metricDefinitions_operations_listSend(context, resourceUri, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/{+resourceUri}/providers/Microsoft.Insights/metricDefinitions{?api%2Dversion,metricnamespace}", {
        resourceUri: resourceUri,
        "api%2Dversion": "2024-02-01",
        metricnamespace: options?.metricnamespace,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function metricDefinitions_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = commonErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _metricDefinitionCollectionDeserializer(result.body);
}
/** Lists the metric definitions for the resource. */
function metricDefinitions_operations_list(context, resourceUri, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => metricDefinitions_operations_listSend(context, resourceUri, options), metricDefinitions_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2024-02-01" });
}
function _listAtSubscriptionScopeSend(context, region, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Insights/metricDefinitions{?api%2Dversion,region,metricnamespace}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": "2024-02-01",
        region: region,
        metricnamespace: options?.metricnamespace,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listAtSubscriptionScopeDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorContractDeserializer(result.body);
        }
        throw error;
    }
    return _subscriptionScopeMetricDefinitionCollectionDeserializer(result.body);
}
/** Lists the metric definitions for the subscription. */
function listAtSubscriptionScope(context, region, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listAtSubscriptionScopeSend(context, region, options), _listAtSubscriptionScopeDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2024-02-01" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/classic/metricDefinitions/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getMetricDefinitions(context) {
    return {
        list: (resourceUri, options) => metricDefinitions_operations_list(context, resourceUri, options),
        listAtSubscriptionScope: (region, options) => listAtSubscriptionScope(context, region, options),
    };
}
function _getMetricDefinitionsOperations(context) {
    return {
        ..._getMetricDefinitions(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/metricNamespaces/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function metricNamespaces_operations_listSend(context, resourceUri, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/{+resourceUri}/providers/microsoft.insights/metricNamespaces{?api%2Dversion,startTime}", {
        resourceUri: resourceUri,
        "api%2Dversion": "2024-02-01",
        startTime: options?.startTime,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function metricNamespaces_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _metricNamespaceCollectionDeserializer(result.body);
}
/** Lists the metric namespaces for the resource. */
function metricNamespaces_operations_list(context, resourceUri, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => metricNamespaces_operations_listSend(context, resourceUri, options), metricNamespaces_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2024-02-01" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/classic/metricNamespaces/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getMetricNamespaces(context) {
    return {
        list: (resourceUri, options) => metricNamespaces_operations_list(context, resourceUri, options),
    };
}
function _getMetricNamespacesOperations(context) {
    return {
        ..._getMetricNamespaces(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/metrics/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function metrics_operations_listSend(context, resourceUri, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/{+resourceUri}/providers/Microsoft.Insights/metrics{?api%2Dversion,timespan,interval,metricnames,aggregation,top,orderby,%24filter,resultType,metricnamespace,AutoAdjustTimegrain,ValidateDimensions,rollupby}", {
        resourceUri: resourceUri,
        "api%2Dversion": "2024-02-01",
        timespan: options?.timespan,
        interval: options?.interval,
        metricnames: options?.metricnames,
        aggregation: options?.aggregation,
        top: options?.top,
        orderby: options?.orderby,
        "%24filter": options?.filter,
        resultType: options?.resultType,
        metricnamespace: options?.metricnamespace,
        AutoAdjustTimegrain: options?.autoAdjustTimegrain,
        ValidateDimensions: options?.validateDimensions,
        rollupby: options?.rollupby,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function metrics_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = commonErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return responseDeserializer(result.body);
}
/** **Lists the metric values for a resource**. This API used the [default ARM throttling limits](https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/request-limits-and-throttling). */
async function metrics_operations_list(context, resourceUri, options = { requestOptions: {} }) {
    const result = await metrics_operations_listSend(context, resourceUri, options);
    return metrics_operations_listDeserialize(result);
}
function _listAtSubscriptionScopePostSend(context, region, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Insights/metrics{?api%2Dversion,region,timespan,interval,metricnames,aggregation,top,orderby,%24filter,resultType,metricnamespace,AutoAdjustTimegrain,ValidateDimensions,rollupby}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": "2024-02-01",
        region: region,
        timespan: options?.timespan,
        interval: options?.interval,
        metricnames: options?.metricnames,
        aggregation: options?.aggregation,
        top: options?.top,
        orderby: options?.orderby,
        "%24filter": options?.filter,
        resultType: options?.resultType,
        metricnamespace: options?.metricnamespace,
        AutoAdjustTimegrain: options?.autoAdjustTimegrain,
        ValidateDimensions: options?.validateDimensions,
        rollupby: options?.rollupby,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: !options?.body
            ? options?.body
            : subscriptionScopeMetricsRequestBodyParametersSerializer(options?.body),
    });
}
async function _listAtSubscriptionScopePostDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorContractDeserializer(result.body);
        }
        throw error;
    }
    return responseDeserializer(result.body);
}
/** **Lists the metric data for a subscription**. Parameters can be specified on either query params or the body. This API used the [default ARM throttling limits](https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/request-limits-and-throttling). */
async function listAtSubscriptionScopePost(context, region, options = { requestOptions: {} }) {
    const result = await _listAtSubscriptionScopePostSend(context, region, options);
    return _listAtSubscriptionScopePostDeserialize(result);
}
function operations_listAtSubscriptionScopeSend(context, region, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Insights/metrics{?api%2Dversion,region,timespan,interval,metricnames,aggregation,top,orderby,%24filter,resultType,metricnamespace,AutoAdjustTimegrain,ValidateDimensions,rollupby}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": "2024-02-01",
        region: region,
        timespan: options?.timespan,
        interval: options?.interval,
        metricnames: options?.metricnames,
        aggregation: options?.aggregation,
        top: options?.top,
        orderby: options?.orderby,
        "%24filter": options?.filter,
        resultType: options?.resultType,
        metricnamespace: options?.metricnamespace,
        AutoAdjustTimegrain: options?.autoAdjustTimegrain,
        ValidateDimensions: options?.validateDimensions,
        rollupby: options?.rollupby,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_listAtSubscriptionScopeDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorContractDeserializer(result.body);
        }
        throw error;
    }
    return responseDeserializer(result.body);
}
/** **Lists the metric data for a subscription**. This API used the [default ARM throttling limits](https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/request-limits-and-throttling). */
async function operations_listAtSubscriptionScope(context, region, options = { requestOptions: {} }) {
    const result = await operations_listAtSubscriptionScopeSend(context, region, options);
    return operations_listAtSubscriptionScopeDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/classic/metrics/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getMetrics(context) {
    return {
        list: (resourceUri, options) => metrics_operations_list(context, resourceUri, options),
        listAtSubscriptionScopePost: (region, options) => listAtSubscriptionScopePost(context, region, options),
        listAtSubscriptionScope: (region, options) => operations_listAtSubscriptionScope(context, region, options),
    };
}
function _getMetricsOperations(context) {
    return {
        ..._getMetrics(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/predictiveMetric/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



function predictiveMetric_operations_getSend(context, resourceGroupName, autoscaleSettingName, timespan, interval, metricNamespace, metricName, aggregation, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/autoscalesettings/{autoscaleSettingName}/predictiveMetrics{?api%2Dversion,timespan,interval,metricNamespace,metricName,aggregation}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        autoscaleSettingName: autoscaleSettingName,
        "api%2Dversion": "2022-10-01",
        timespan: timespan,
        interval: interval,
        metricNamespace: metricNamespace,
        metricName: metricName,
        aggregation: aggregation,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function predictiveMetric_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = autoscaleErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return predictiveResponseDeserializer(result.body);
}
/** get predictive autoscale metric future data */
async function predictiveMetric_operations_get(context, resourceGroupName, autoscaleSettingName, timespan, interval, metricNamespace, metricName, aggregation, options = { requestOptions: {} }) {
    const result = await predictiveMetric_operations_getSend(context, resourceGroupName, autoscaleSettingName, timespan, interval, metricNamespace, metricName, aggregation, options);
    return predictiveMetric_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/classic/predictiveMetric/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getPredictiveMetric(context) {
    return {
        get: (resourceGroupName, autoscaleSettingName, timespan, interval, metricNamespace, metricName, aggregation, options) => predictiveMetric_operations_get(context, resourceGroupName, autoscaleSettingName, timespan, interval, metricNamespace, metricName, aggregation, options),
    };
}
function _getPredictiveMetricOperations(context) {
    return {
        ..._getPredictiveMetric(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/privateEndpointConnections/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _listByPrivateLinkScopeSend(context, resourceGroupName, scopeName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/privateLinkScopes/{scopeName}/privateEndpointConnections{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        scopeName: scopeName,
        "api%2Dversion": "2023-06-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listByPrivateLinkScopeDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = armErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return privateEndpointConnectionListResultDeserializer(result.body);
}
/** Gets all private endpoint connections on a private link scope. */
async function listByPrivateLinkScope(context, resourceGroupName, scopeName, options = { requestOptions: {} }) {
    const result = await _listByPrivateLinkScopeSend(context, resourceGroupName, scopeName, options);
    return _listByPrivateLinkScopeDeserialize(result);
}
function privateEndpointConnections_operations_$deleteSend(context, resourceGroupName, scopeName, privateEndpointConnectionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/privateLinkScopes/{scopeName}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        scopeName: scopeName,
        privateEndpointConnectionName: privateEndpointConnectionName,
        "api%2Dversion": "2023-06-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function privateEndpointConnections_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "202", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = armErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes a private endpoint connection with a given name. */
function privateEndpointConnections_operations_$delete(context, resourceGroupName, scopeName, privateEndpointConnectionName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, privateEndpointConnections_operations_$deleteDeserialize, ["200", "202", "204"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => privateEndpointConnections_operations_$deleteSend(context, resourceGroupName, scopeName, privateEndpointConnectionName, options),
        resourceLocationConfig: "location",
        apiVersion: "2023-06-01-preview",
    });
}
function privateEndpointConnections_operations_createOrUpdateSend(context, resourceGroupName, scopeName, privateEndpointConnectionName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/privateLinkScopes/{scopeName}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        scopeName: scopeName,
        privateEndpointConnectionName: privateEndpointConnectionName,
        "api%2Dversion": "2023-06-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: privateEndpointConnectionSerializer(parameters),
    });
}
async function privateEndpointConnections_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = armErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return privateEndpointConnectionDeserializer(result.body);
}
/** Approve or reject a private endpoint connection with a given name. */
function privateEndpointConnections_operations_createOrUpdate(context, resourceGroupName, scopeName, privateEndpointConnectionName, parameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, privateEndpointConnections_operations_createOrUpdateDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => privateEndpointConnections_operations_createOrUpdateSend(context, resourceGroupName, scopeName, privateEndpointConnectionName, parameters, options),
        resourceLocationConfig: "location",
        apiVersion: "2023-06-01-preview",
    });
}
function privateEndpointConnections_operations_getSend(context, resourceGroupName, scopeName, privateEndpointConnectionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/privateLinkScopes/{scopeName}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        scopeName: scopeName,
        privateEndpointConnectionName: privateEndpointConnectionName,
        "api%2Dversion": "2023-06-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function privateEndpointConnections_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = armErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return privateEndpointConnectionDeserializer(result.body);
}
/** Gets a private endpoint connection. */
async function privateEndpointConnections_operations_get(context, resourceGroupName, scopeName, privateEndpointConnectionName, options = { requestOptions: {} }) {
    const result = await privateEndpointConnections_operations_getSend(context, resourceGroupName, scopeName, privateEndpointConnectionName, options);
    return privateEndpointConnections_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/classic/privateEndpointConnections/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getPrivateEndpointConnections(context) {
    return {
        listByPrivateLinkScope: (resourceGroupName, scopeName, options) => listByPrivateLinkScope(context, resourceGroupName, scopeName, options),
        delete: (resourceGroupName, scopeName, privateEndpointConnectionName, options) => privateEndpointConnections_operations_$delete(context, resourceGroupName, scopeName, privateEndpointConnectionName, options),
        beginDelete: async (resourceGroupName, scopeName, privateEndpointConnectionName, options) => {
            const poller = privateEndpointConnections_operations_$delete(context, resourceGroupName, scopeName, privateEndpointConnectionName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, scopeName, privateEndpointConnectionName, options) => {
            return await privateEndpointConnections_operations_$delete(context, resourceGroupName, scopeName, privateEndpointConnectionName, options);
        },
        createOrUpdate: (resourceGroupName, scopeName, privateEndpointConnectionName, parameters, options) => privateEndpointConnections_operations_createOrUpdate(context, resourceGroupName, scopeName, privateEndpointConnectionName, parameters, options),
        beginCreateOrUpdate: async (resourceGroupName, scopeName, privateEndpointConnectionName, parameters, options) => {
            const poller = privateEndpointConnections_operations_createOrUpdate(context, resourceGroupName, scopeName, privateEndpointConnectionName, parameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateOrUpdateAndWait: async (resourceGroupName, scopeName, privateEndpointConnectionName, parameters, options) => {
            return await privateEndpointConnections_operations_createOrUpdate(context, resourceGroupName, scopeName, privateEndpointConnectionName, parameters, options);
        },
        get: (resourceGroupName, scopeName, privateEndpointConnectionName, options) => privateEndpointConnections_operations_get(context, resourceGroupName, scopeName, privateEndpointConnectionName, options),
    };
}
function _getPrivateEndpointConnectionsOperations(context) {
    return {
        ..._getPrivateEndpointConnections(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/privateLinkResources/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function operations_listByPrivateLinkScopeSend(context, resourceGroupName, scopeName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/privateLinkScopes/{scopeName}/privateLinkResources{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        scopeName: scopeName,
        "api%2Dversion": "2023-06-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_listByPrivateLinkScopeDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = armErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return privateLinkResourceListResultDeserializer(result.body);
}
/** Gets the private link resources that need to be created for a Azure Monitor PrivateLinkScope. */
async function operations_listByPrivateLinkScope(context, resourceGroupName, scopeName, options = { requestOptions: {} }) {
    const result = await operations_listByPrivateLinkScopeSend(context, resourceGroupName, scopeName, options);
    return operations_listByPrivateLinkScopeDeserialize(result);
}
function privateLinkResources_operations_getSend(context, resourceGroupName, scopeName, groupName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/privateLinkScopes/{scopeName}/privateLinkResources/{groupName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        scopeName: scopeName,
        groupName: groupName,
        "api%2Dversion": "2023-06-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function privateLinkResources_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = armErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return privateLinkResourceDeserializer(result.body);
}
/** Gets the private link resources that need to be created for a Azure Monitor PrivateLinkScope. */
async function privateLinkResources_operations_get(context, resourceGroupName, scopeName, groupName, options = { requestOptions: {} }) {
    const result = await privateLinkResources_operations_getSend(context, resourceGroupName, scopeName, groupName, options);
    return privateLinkResources_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/classic/privateLinkResources/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getPrivateLinkResources(context) {
    return {
        listByPrivateLinkScope: (resourceGroupName, scopeName, options) => operations_listByPrivateLinkScope(context, resourceGroupName, scopeName, options),
        get: (resourceGroupName, scopeName, groupName, options) => privateLinkResources_operations_get(context, resourceGroupName, scopeName, groupName, options),
    };
}
function _getPrivateLinkResourcesOperations(context) {
    return {
        ..._getPrivateLinkResources(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/privateLinkScopeOperationStatus/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function privateLinkScopeOperationStatus_operations_getSend(context, resourceGroupName, asyncOperationId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Insights/privateLinkScopeOperationStatuses/{asyncOperationId}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        asyncOperationId: asyncOperationId,
        "api%2Dversion": "2023-06-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function privateLinkScopeOperationStatus_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = armErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return operationStatusDeserializer(result.body);
}
/** Get the status of an azure asynchronous operation associated with a private link scope operation. */
async function privateLinkScopeOperationStatus_operations_get(context, resourceGroupName, asyncOperationId, options = { requestOptions: {} }) {
    const result = await privateLinkScopeOperationStatus_operations_getSend(context, resourceGroupName, asyncOperationId, options);
    return privateLinkScopeOperationStatus_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/classic/privateLinkScopeOperationStatus/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getPrivateLinkScopeOperationStatus(context) {
    return {
        get: (resourceGroupName, asyncOperationId, options) => privateLinkScopeOperationStatus_operations_get(context, resourceGroupName, asyncOperationId, options),
    };
}
function _getPrivateLinkScopeOperationStatusOperations(context) {
    return {
        ..._getPrivateLinkScopeOperationStatus(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/privateLinkScopedResources/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






function privateLinkScopedResources_operations_listByPrivateLinkScopeSend(context, resourceGroupName, scopeName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/privateLinkScopes/{scopeName}/scopedResources{?api%2Dversion,kind}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        scopeName: scopeName,
        "api%2Dversion": "2023-06-01-preview",
        kind: options?.kind,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function privateLinkScopedResources_operations_listByPrivateLinkScopeDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = armErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _scopedResourceListResultDeserializer(result.body);
}
/** Gets all scoped resources on a private link scope. */
function privateLinkScopedResources_operations_listByPrivateLinkScope(context, resourceGroupName, scopeName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => privateLinkScopedResources_operations_listByPrivateLinkScopeSend(context, resourceGroupName, scopeName, options), privateLinkScopedResources_operations_listByPrivateLinkScopeDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2023-06-01-preview" });
}
function privateLinkScopedResources_operations_$deleteSend(context, resourceGroupName, scopeName, name, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/privateLinkScopes/{scopeName}/scopedResources/{name}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        scopeName: scopeName,
        name: name,
        "api%2Dversion": "2023-06-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function privateLinkScopedResources_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "202", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = armErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes an Azure monitor scoped resource with a given name. */
function privateLinkScopedResources_operations_$delete(context, resourceGroupName, scopeName, name, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, privateLinkScopedResources_operations_$deleteDeserialize, ["200", "202", "204"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => privateLinkScopedResources_operations_$deleteSend(context, resourceGroupName, scopeName, name, options),
        resourceLocationConfig: "location",
        apiVersion: "2023-06-01-preview",
    });
}
function privateLinkScopedResources_operations_createOrUpdateSend(context, resourceGroupName, scopeName, name, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/privateLinkScopes/{scopeName}/scopedResources/{name}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        scopeName: scopeName,
        name: name,
        "api%2Dversion": "2023-06-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: scopedResourceSerializer(parameters),
    });
}
async function privateLinkScopedResources_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = armErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return scopedResourceDeserializer(result.body);
}
/** Add an Azure monitor scoped resource in the private link scope. */
function privateLinkScopedResources_operations_createOrUpdate(context, resourceGroupName, scopeName, name, parameters, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, privateLinkScopedResources_operations_createOrUpdateDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => privateLinkScopedResources_operations_createOrUpdateSend(context, resourceGroupName, scopeName, name, parameters, options),
        resourceLocationConfig: "location",
        apiVersion: "2023-06-01-preview",
    });
}
function privateLinkScopedResources_operations_getSend(context, resourceGroupName, scopeName, name, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/privateLinkScopes/{scopeName}/scopedResources/{name}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        scopeName: scopeName,
        name: name,
        "api%2Dversion": "2023-06-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function privateLinkScopedResources_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = armErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return scopedResourceDeserializer(result.body);
}
/** Gets a scoped resource in a private link scope. */
async function privateLinkScopedResources_operations_get(context, resourceGroupName, scopeName, name, options = { requestOptions: {} }) {
    const result = await privateLinkScopedResources_operations_getSend(context, resourceGroupName, scopeName, name, options);
    return privateLinkScopedResources_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/classic/privateLinkScopedResources/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getPrivateLinkScopedResources(context) {
    return {
        listByPrivateLinkScope: (resourceGroupName, scopeName, options) => privateLinkScopedResources_operations_listByPrivateLinkScope(context, resourceGroupName, scopeName, options),
        delete: (resourceGroupName, scopeName, name, options) => privateLinkScopedResources_operations_$delete(context, resourceGroupName, scopeName, name, options),
        beginDelete: async (resourceGroupName, scopeName, name, options) => {
            const poller = privateLinkScopedResources_operations_$delete(context, resourceGroupName, scopeName, name, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, scopeName, name, options) => {
            return await privateLinkScopedResources_operations_$delete(context, resourceGroupName, scopeName, name, options);
        },
        createOrUpdate: (resourceGroupName, scopeName, name, parameters, options) => privateLinkScopedResources_operations_createOrUpdate(context, resourceGroupName, scopeName, name, parameters, options),
        beginCreateOrUpdate: async (resourceGroupName, scopeName, name, parameters, options) => {
            const poller = privateLinkScopedResources_operations_createOrUpdate(context, resourceGroupName, scopeName, name, parameters, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateOrUpdateAndWait: async (resourceGroupName, scopeName, name, parameters, options) => {
            return await privateLinkScopedResources_operations_createOrUpdate(context, resourceGroupName, scopeName, name, parameters, options);
        },
        get: (resourceGroupName, scopeName, name, options) => privateLinkScopedResources_operations_get(context, resourceGroupName, scopeName, name, options),
    };
}
function _getPrivateLinkScopedResourcesOperations(context) {
    return {
        ..._getPrivateLinkScopedResources(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/privateLinkScopes/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






function privateLinkScopes_operations_listSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Insights/privateLinkScopes{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": "2023-06-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function privateLinkScopes_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = armErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _azureMonitorPrivateLinkScopeListResultDeserializer(result.body);
}
/** Gets a list of all Azure Monitor PrivateLinkScopes within a subscription. */
function privateLinkScopes_operations_list(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => privateLinkScopes_operations_listSend(context, options), privateLinkScopes_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2023-06-01-preview" });
}
function privateLinkScopes_operations_listByResourceGroupSend(context, resourceGroupName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/privateLinkScopes{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        "api%2Dversion": "2023-06-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function privateLinkScopes_operations_listByResourceGroupDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = armErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _azureMonitorPrivateLinkScopeListResultDeserializer(result.body);
}
/** Gets a list of Azure Monitor PrivateLinkScopes within a resource group. */
function privateLinkScopes_operations_listByResourceGroup(context, resourceGroupName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => privateLinkScopes_operations_listByResourceGroupSend(context, resourceGroupName, options), privateLinkScopes_operations_listByResourceGroupDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2023-06-01-preview" });
}
function privateLinkScopes_operations_$deleteSend(context, resourceGroupName, scopeName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/privateLinkScopes/{scopeName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        scopeName: scopeName,
        "api%2Dversion": "2023-06-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function privateLinkScopes_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = armErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes a Azure Monitor PrivateLinkScope. */
function privateLinkScopes_operations_$delete(context, resourceGroupName, scopeName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, privateLinkScopes_operations_$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => privateLinkScopes_operations_$deleteSend(context, resourceGroupName, scopeName, options),
        resourceLocationConfig: "location",
        apiVersion: "2023-06-01-preview",
    });
}
function _updateTagsSend(context, resourceGroupName, scopeName, privateLinkScopeTags, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/privateLinkScopes/{scopeName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        scopeName: scopeName,
        "api%2Dversion": "2023-06-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: tagsResourceSerializer(privateLinkScopeTags),
    });
}
async function _updateTagsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = armErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return azureMonitorPrivateLinkScopeDeserializer(result.body);
}
/** Updates an existing PrivateLinkScope's tags. To update other fields use the CreateOrUpdate method. */
async function updateTags(context, resourceGroupName, scopeName, privateLinkScopeTags, options = { requestOptions: {} }) {
    const result = await _updateTagsSend(context, resourceGroupName, scopeName, privateLinkScopeTags, options);
    return _updateTagsDeserialize(result);
}
function privateLinkScopes_operations_createOrUpdateSend(context, resourceGroupName, scopeName, azureMonitorPrivateLinkScopePayload, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/privateLinkScopes/{scopeName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        scopeName: scopeName,
        "api%2Dversion": "2023-06-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: azureMonitorPrivateLinkScopeSerializer(azureMonitorPrivateLinkScopePayload),
    });
}
async function privateLinkScopes_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = armErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return azureMonitorPrivateLinkScopeDeserializer(result.body);
}
/** Creates (or updates) a Azure Monitor PrivateLinkScope. Note: You cannot specify a different value for InstrumentationKey nor AppId in the Put operation. */
async function privateLinkScopes_operations_createOrUpdate(context, resourceGroupName, scopeName, azureMonitorPrivateLinkScopePayload, options = { requestOptions: {} }) {
    const result = await privateLinkScopes_operations_createOrUpdateSend(context, resourceGroupName, scopeName, azureMonitorPrivateLinkScopePayload, options);
    return privateLinkScopes_operations_createOrUpdateDeserialize(result);
}
function privateLinkScopes_operations_getSend(context, resourceGroupName, scopeName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/privateLinkScopes/{scopeName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        scopeName: scopeName,
        "api%2Dversion": "2023-06-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function privateLinkScopes_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = armErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return azureMonitorPrivateLinkScopeDeserializer(result.body);
}
/** Returns a Azure Monitor PrivateLinkScope. */
async function privateLinkScopes_operations_get(context, resourceGroupName, scopeName, options = { requestOptions: {} }) {
    const result = await privateLinkScopes_operations_getSend(context, resourceGroupName, scopeName, options);
    return privateLinkScopes_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/classic/privateLinkScopes/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getPrivateLinkScopes(context) {
    return {
        list: (options) => privateLinkScopes_operations_list(context, options),
        listByResourceGroup: (resourceGroupName, options) => privateLinkScopes_operations_listByResourceGroup(context, resourceGroupName, options),
        delete: (resourceGroupName, scopeName, options) => privateLinkScopes_operations_$delete(context, resourceGroupName, scopeName, options),
        beginDelete: async (resourceGroupName, scopeName, options) => {
            const poller = privateLinkScopes_operations_$delete(context, resourceGroupName, scopeName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, scopeName, options) => {
            return await privateLinkScopes_operations_$delete(context, resourceGroupName, scopeName, options);
        },
        updateTags: (resourceGroupName, scopeName, privateLinkScopeTags, options) => updateTags(context, resourceGroupName, scopeName, privateLinkScopeTags, options),
        createOrUpdate: (resourceGroupName, scopeName, azureMonitorPrivateLinkScopePayload, options) => privateLinkScopes_operations_createOrUpdate(context, resourceGroupName, scopeName, azureMonitorPrivateLinkScopePayload, options),
        get: (resourceGroupName, scopeName, options) => privateLinkScopes_operations_get(context, resourceGroupName, scopeName, options),
    };
}
function _getPrivateLinkScopesOperations(context) {
    return {
        ..._getPrivateLinkScopes(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/scheduledQueryRule/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function scheduledQueryRule_operations_reconcileNSPSend(context, resourceGroupName, ruleName, networkSecurityPerimeterConfigurationName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/scheduledQueryRules/{ruleName}/networkSecurityPerimeterConfigurations/{networkSecurityPerimeterConfigurationName}/reconcile{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        ruleName: ruleName,
        networkSecurityPerimeterConfigurationName: networkSecurityPerimeterConfigurationName,
        "api%2Dversion": "2021-10-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function scheduledQueryRule_operations_reconcileNSPDeserialize(result) {
    const expectedStatuses = ["202", "200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = armErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Reconcile network security perimeter configuration for ScheduledQueryRule resource. */
function scheduledQueryRule_operations_reconcileNSP(context, resourceGroupName, ruleName, networkSecurityPerimeterConfigurationName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, scheduledQueryRule_operations_reconcileNSPDeserialize, ["202", "200", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => scheduledQueryRule_operations_reconcileNSPSend(context, resourceGroupName, ruleName, networkSecurityPerimeterConfigurationName, options),
        resourceLocationConfig: "location",
        apiVersion: "2021-10-01",
    });
}
function scheduledQueryRule_operations_listNSPSend(context, resourceGroupName, ruleName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/scheduledQueryRules/{ruleName}/networkSecurityPerimeterConfigurations{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        ruleName: ruleName,
        "api%2Dversion": "2021-10-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function scheduledQueryRule_operations_listNSPDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = armErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _networkSecurityPerimeterConfigurationListResultDeserializer(result.body);
}
/** Gets a list of NSP configurations for specified scheduled query rule. */
function scheduledQueryRule_operations_listNSP(context, resourceGroupName, ruleName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => scheduledQueryRule_operations_listNSPSend(context, resourceGroupName, ruleName, options), scheduledQueryRule_operations_listNSPDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2021-10-01" });
}
function scheduledQueryRule_operations_getNSPSend(context, resourceGroupName, ruleName, networkSecurityPerimeterConfigurationName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/scheduledQueryRules/{ruleName}/networkSecurityPerimeterConfigurations/{networkSecurityPerimeterConfigurationName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        ruleName: ruleName,
        networkSecurityPerimeterConfigurationName: networkSecurityPerimeterConfigurationName,
        "api%2Dversion": "2021-10-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function scheduledQueryRule_operations_getNSPDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = armErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return networkSecurityPerimeterConfigurationDeserializer(result.body);
}
/** Gets a network security perimeter configuration. */
async function scheduledQueryRule_operations_getNSP(context, resourceGroupName, ruleName, networkSecurityPerimeterConfigurationName, options = { requestOptions: {} }) {
    const result = await scheduledQueryRule_operations_getNSPSend(context, resourceGroupName, ruleName, networkSecurityPerimeterConfigurationName, options);
    return scheduledQueryRule_operations_getNSPDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/classic/scheduledQueryRule/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getScheduledQueryRule(context) {
    return {
        reconcileNSP: (resourceGroupName, ruleName, networkSecurityPerimeterConfigurationName, options) => scheduledQueryRule_operations_reconcileNSP(context, resourceGroupName, ruleName, networkSecurityPerimeterConfigurationName, options),
        beginReconcileNSP: async (resourceGroupName, ruleName, networkSecurityPerimeterConfigurationName, options) => {
            const poller = scheduledQueryRule_operations_reconcileNSP(context, resourceGroupName, ruleName, networkSecurityPerimeterConfigurationName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginReconcileNSPAndWait: async (resourceGroupName, ruleName, networkSecurityPerimeterConfigurationName, options) => {
            return await scheduledQueryRule_operations_reconcileNSP(context, resourceGroupName, ruleName, networkSecurityPerimeterConfigurationName, options);
        },
        listNSP: (resourceGroupName, ruleName, options) => scheduledQueryRule_operations_listNSP(context, resourceGroupName, ruleName, options),
        getNSP: (resourceGroupName, ruleName, networkSecurityPerimeterConfigurationName, options) => scheduledQueryRule_operations_getNSP(context, resourceGroupName, ruleName, networkSecurityPerimeterConfigurationName, options),
    };
}
function _getScheduledQueryRuleOperations(context) {
    return {
        ..._getScheduledQueryRule(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/models/scheduledQueryRuleApi/models.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/*
 * This file contains only generated model types and their (de)serializers.
 * Disable the following rules for internal models with '_' prefix and deserializers which require 'any' for raw JSON input.
 */
/* eslint-disable @typescript-eslint/naming-convention */
/* eslint-disable @typescript-eslint/explicit-module-boundary-types */



function scheduledQueryRuleResourceSerializer(item) {
    return {
        properties: _scheduledQueryRuleResourcePropertiesSerializer(item),
        identity: !item["identity"] ? item["identity"] : identitySerializer(item["identity"]),
        tags: item["tags"],
        location: item["location"],
        kind: item["kind"],
    };
}
function scheduledQueryRuleResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ..._scheduledQueryRuleResourcePropertiesDeserializer(item["properties"]),
        identity: !item["identity"] ? item["identity"] : identityDeserializer(item["identity"]),
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        kind: item["kind"],
        etag: item["etag"],
    };
}
function scheduledQueryRulePropertiesSerializer(item) {
    return {
        description: item["description"],
        displayName: item["displayName"],
        severity: item["severity"],
        enabled: item["enabled"],
        scopes: !item["scopes"]
            ? item["scopes"]
            : item["scopes"].map((p) => {
                return p;
            }),
        evaluationFrequency: item["evaluationFrequency"],
        windowSize: item["windowSize"],
        overrideQueryTimeRange: item["overrideQueryTimeRange"],
        targetResourceTypes: !item["targetResourceTypes"]
            ? item["targetResourceTypes"]
            : item["targetResourceTypes"].map((p) => {
                return p;
            }),
        criteria: !item["criteria"]
            ? item["criteria"]
            : scheduledQueryRuleCriteriaSerializer(item["criteria"]),
        muteActionsDuration: item["muteActionsDuration"],
        actions: !item["actions"] ? item["actions"] : actionsSerializer(item["actions"]),
        checkWorkspaceAlertsStorageConfigured: item["checkWorkspaceAlertsStorageConfigured"],
        skipQueryValidation: item["skipQueryValidation"],
        autoMitigate: item["autoMitigate"],
        resolveConfiguration: !item["resolveConfiguration"]
            ? item["resolveConfiguration"]
            : ruleResolveConfigurationSerializer(item["resolveConfiguration"]),
    };
}
function scheduledQueryRulePropertiesDeserializer(item) {
    return {
        createdWithApiVersion: item["createdWithApiVersion"],
        isLegacyLogAnalyticsRule: item["isLegacyLogAnalyticsRule"],
        description: item["description"],
        displayName: item["displayName"],
        severity: item["severity"],
        enabled: item["enabled"],
        scopes: !item["scopes"]
            ? item["scopes"]
            : item["scopes"].map((p) => {
                return p;
            }),
        evaluationFrequency: item["evaluationFrequency"],
        windowSize: item["windowSize"],
        overrideQueryTimeRange: item["overrideQueryTimeRange"],
        targetResourceTypes: !item["targetResourceTypes"]
            ? item["targetResourceTypes"]
            : item["targetResourceTypes"].map((p) => {
                return p;
            }),
        criteria: !item["criteria"]
            ? item["criteria"]
            : scheduledQueryRuleCriteriaDeserializer(item["criteria"]),
        muteActionsDuration: item["muteActionsDuration"],
        actions: !item["actions"] ? item["actions"] : actionsDeserializer(item["actions"]),
        isWorkspaceAlertsStorageConfigured: item["isWorkspaceAlertsStorageConfigured"],
        checkWorkspaceAlertsStorageConfigured: item["checkWorkspaceAlertsStorageConfigured"],
        skipQueryValidation: item["skipQueryValidation"],
        autoMitigate: item["autoMitigate"],
        resolveConfiguration: !item["resolveConfiguration"]
            ? item["resolveConfiguration"]
            : ruleResolveConfigurationDeserializer(item["resolveConfiguration"]),
    };
}
/** Severity of the alert. Should be an integer between [0-4]. Value of 0 is severest. Relevant and required only for rules of the kind LogAlert. */
var KnownAlertSeverity;
(function (KnownAlertSeverity) {
    /** 0 */
    KnownAlertSeverity[KnownAlertSeverity["Zero"] = 0] = "Zero";
    /** 1 */
    KnownAlertSeverity[KnownAlertSeverity["One"] = 1] = "One";
    /** 2 */
    KnownAlertSeverity[KnownAlertSeverity["Two"] = 2] = "Two";
    /** 3 */
    KnownAlertSeverity[KnownAlertSeverity["Three"] = 3] = "Three";
    /** 4 */
    KnownAlertSeverity[KnownAlertSeverity["Four"] = 4] = "Four";
})(KnownAlertSeverity || (KnownAlertSeverity = {}));
function scheduledQueryRuleCriteriaSerializer(item) {
    return { allOf: !item["allOf"] ? item["allOf"] : conditionArraySerializer(item["allOf"]) };
}
function scheduledQueryRuleCriteriaDeserializer(item) {
    return {
        allOf: !item["allOf"] ? item["allOf"] : conditionArrayDeserializer(item["allOf"]),
    };
}
function conditionArraySerializer(result) {
    return result.map((item) => {
        return conditionSerializer(item);
    });
}
function conditionArrayDeserializer(result) {
    return result.map((item) => {
        return conditionDeserializer(item);
    });
}
function conditionSerializer(item) {
    return {
        criterionType: item["criterionType"],
        query: item["query"],
        timeAggregation: item["timeAggregation"],
        metricMeasureColumn: item["metricMeasureColumn"],
        resourceIdColumn: item["resourceIdColumn"],
        dimensions: !item["dimensions"]
            ? item["dimensions"]
            : dimensionArraySerializer(item["dimensions"]),
        operator: item["operator"],
        threshold: item["threshold"],
        alertSensitivity: item["alertSensitivity"],
        ignoreDataBefore: !item["ignoreDataBefore"]
            ? item["ignoreDataBefore"]
            : item["ignoreDataBefore"].toISOString(),
        failingPeriods: !item["failingPeriods"]
            ? item["failingPeriods"]
            : conditionFailingPeriodsSerializer(item["failingPeriods"]),
        metricName: item["metricName"],
        minRecurrenceCount: item["minRecurrenceCount"],
    };
}
function conditionDeserializer(item) {
    return {
        criterionType: item["criterionType"],
        query: item["query"],
        timeAggregation: item["timeAggregation"],
        metricMeasureColumn: item["metricMeasureColumn"],
        resourceIdColumn: item["resourceIdColumn"],
        dimensions: !item["dimensions"]
            ? item["dimensions"]
            : dimensionArrayDeserializer(item["dimensions"]),
        operator: item["operator"],
        threshold: item["threshold"],
        alertSensitivity: item["alertSensitivity"],
        ignoreDataBefore: !item["ignoreDataBefore"]
            ? item["ignoreDataBefore"]
            : new Date(item["ignoreDataBefore"]),
        failingPeriods: !item["failingPeriods"]
            ? item["failingPeriods"]
            : conditionFailingPeriodsDeserializer(item["failingPeriods"]),
        metricName: item["metricName"],
        minRecurrenceCount: item["minRecurrenceCount"],
    };
}
/** Aggregation type. Relevant and required only for rules of the kind LogAlert. */
var KnownTimeAggregation;
(function (KnownTimeAggregation) {
    /** Count */
    KnownTimeAggregation["Count"] = "Count";
    /** Average */
    KnownTimeAggregation["Average"] = "Average";
    /** Minimum */
    KnownTimeAggregation["Minimum"] = "Minimum";
    /** Maximum */
    KnownTimeAggregation["Maximum"] = "Maximum";
    /** Total */
    KnownTimeAggregation["Total"] = "Total";
})(KnownTimeAggregation || (KnownTimeAggregation = {}));
function dimensionArraySerializer(result) {
    return result.map((item) => {
        return dimensionSerializer(item);
    });
}
function dimensionArrayDeserializer(result) {
    return result.map((item) => {
        return dimensionDeserializer(item);
    });
}
function dimensionSerializer(item) {
    return {
        name: item["name"],
        operator: item["operator"],
        values: item["values"].map((p) => {
            return p;
        }),
    };
}
function dimensionDeserializer(item) {
    return {
        name: item["name"],
        operator: item["operator"],
        values: item["values"].map((p) => {
            return p;
        }),
    };
}
/** Operator for dimension values */
var KnownDimensionOperator;
(function (KnownDimensionOperator) {
    /** Include */
    KnownDimensionOperator["Include"] = "Include";
    /** Exclude */
    KnownDimensionOperator["Exclude"] = "Exclude";
})(KnownDimensionOperator || (KnownDimensionOperator = {}));
/** The criteria operator. Relevant and required only for rules of the kind LogAlert. */
var KnownConditionOperator;
(function (KnownConditionOperator) {
    /** Equals */
    KnownConditionOperator["Equals"] = "Equals";
    /** GreaterThan */
    KnownConditionOperator["GreaterThan"] = "GreaterThan";
    /** GreaterThanOrEqual */
    KnownConditionOperator["GreaterThanOrEqual"] = "GreaterThanOrEqual";
    /** LessThan */
    KnownConditionOperator["LessThan"] = "LessThan";
    /** LessThanOrEqual */
    KnownConditionOperator["LessThanOrEqual"] = "LessThanOrEqual";
    /** GreaterOrLessThan */
    KnownConditionOperator["GreaterOrLessThan"] = "GreaterOrLessThan";
})(KnownConditionOperator || (KnownConditionOperator = {}));
function conditionFailingPeriodsSerializer(item) {
    return {
        numberOfEvaluationPeriods: item["numberOfEvaluationPeriods"],
        minFailingPeriodsToAlert: item["minFailingPeriodsToAlert"],
    };
}
function conditionFailingPeriodsDeserializer(item) {
    return {
        numberOfEvaluationPeriods: item["numberOfEvaluationPeriods"],
        minFailingPeriodsToAlert: item["minFailingPeriodsToAlert"],
    };
}
function actionsSerializer(item) {
    return {
        actionGroups: !item["actionGroups"]
            ? item["actionGroups"]
            : item["actionGroups"].map((p) => {
                return p;
            }),
        customProperties: item["customProperties"],
        actionProperties: item["actionProperties"],
    };
}
function actionsDeserializer(item) {
    return {
        actionGroups: !item["actionGroups"]
            ? item["actionGroups"]
            : item["actionGroups"].map((p) => {
                return p;
            }),
        customProperties: !item["customProperties"]
            ? item["customProperties"]
            : Object.fromEntries(Object.entries(item["customProperties"]).map(([k, p]) => [k, p])),
        actionProperties: !item["actionProperties"]
            ? item["actionProperties"]
            : Object.fromEntries(Object.entries(item["actionProperties"]).map(([k, p]) => [k, p])),
    };
}
function ruleResolveConfigurationSerializer(item) {
    return { autoResolved: item["autoResolved"], timeToResolve: item["timeToResolve"] };
}
function ruleResolveConfigurationDeserializer(item) {
    return {
        autoResolved: item["autoResolved"],
        timeToResolve: item["timeToResolve"],
    };
}
/** Indicates the type of scheduled query rule. The default is LogAlert. */
var KnownKind;
(function (KnownKind) {
    /** LogAlert */
    KnownKind["LogAlert"] = "LogAlert";
    /** SimpleLogAlert */
    KnownKind["SimpleLogAlert"] = "SimpleLogAlert";
    /** LogToMetric */
    KnownKind["LogToMetric"] = "LogToMetric";
})(KnownKind || (KnownKind = {}));
function scheduledQueryRuleResourcePatchSerializer(item) {
    return {
        identity: !item["identity"] ? item["identity"] : identitySerializer(item["identity"]),
        tags: item["tags"],
        properties: areAllPropsUndefined(item, [
            "description",
            "displayName",
            "severity",
            "enabled",
            "scopes",
            "evaluationFrequency",
            "windowSize",
            "overrideQueryTimeRange",
            "targetResourceTypes",
            "criteria",
            "muteActionsDuration",
            "actions",
            "checkWorkspaceAlertsStorageConfigured",
            "skipQueryValidation",
            "autoMitigate",
            "resolveConfiguration",
        ])
            ? undefined
            : _scheduledQueryRuleResourcePatchPropertiesSerializer(item),
    };
}
function _scheduledQueryRuleResourceCollectionDeserializer(item) {
    return {
        value: scheduledQueryRuleResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function scheduledQueryRuleResourceArraySerializer(result) {
    return result.map((item) => {
        return scheduledQueryRuleResourceSerializer(item);
    });
}
function scheduledQueryRuleResourceArrayDeserializer(result) {
    return result.map((item) => {
        return scheduledQueryRuleResourceDeserializer(item);
    });
}
function _scheduledQueryRuleResourcePropertiesSerializer(item) {
    return {
        description: item["description"],
        displayName: item["displayName"],
        severity: item["severity"],
        enabled: item["enabled"],
        scopes: !item["scopes"]
            ? item["scopes"]
            : item["scopes"].map((p) => {
                return p;
            }),
        evaluationFrequency: item["evaluationFrequency"],
        windowSize: item["windowSize"],
        overrideQueryTimeRange: item["overrideQueryTimeRange"],
        targetResourceTypes: !item["targetResourceTypes"]
            ? item["targetResourceTypes"]
            : item["targetResourceTypes"].map((p) => {
                return p;
            }),
        criteria: !item["criteria"]
            ? item["criteria"]
            : scheduledQueryRuleCriteriaSerializer(item["criteria"]),
        muteActionsDuration: item["muteActionsDuration"],
        actions: !item["actions"] ? item["actions"] : actionsSerializer(item["actions"]),
        checkWorkspaceAlertsStorageConfigured: item["checkWorkspaceAlertsStorageConfigured"],
        skipQueryValidation: item["skipQueryValidation"],
        autoMitigate: item["autoMitigate"],
        resolveConfiguration: !item["resolveConfiguration"]
            ? item["resolveConfiguration"]
            : ruleResolveConfigurationSerializer(item["resolveConfiguration"]),
    };
}
function _scheduledQueryRuleResourcePropertiesDeserializer(item) {
    return {
        createdWithApiVersion: item["createdWithApiVersion"],
        isLegacyLogAnalyticsRule: item["isLegacyLogAnalyticsRule"],
        description: item["description"],
        displayName: item["displayName"],
        severity: item["severity"],
        enabled: item["enabled"],
        scopes: !item["scopes"]
            ? item["scopes"]
            : item["scopes"].map((p) => {
                return p;
            }),
        evaluationFrequency: item["evaluationFrequency"],
        windowSize: item["windowSize"],
        overrideQueryTimeRange: item["overrideQueryTimeRange"],
        targetResourceTypes: !item["targetResourceTypes"]
            ? item["targetResourceTypes"]
            : item["targetResourceTypes"].map((p) => {
                return p;
            }),
        criteria: !item["criteria"]
            ? item["criteria"]
            : scheduledQueryRuleCriteriaDeserializer(item["criteria"]),
        muteActionsDuration: item["muteActionsDuration"],
        actions: !item["actions"] ? item["actions"] : actionsDeserializer(item["actions"]),
        isWorkspaceAlertsStorageConfigured: item["isWorkspaceAlertsStorageConfigured"],
        checkWorkspaceAlertsStorageConfigured: item["checkWorkspaceAlertsStorageConfigured"],
        skipQueryValidation: item["skipQueryValidation"],
        autoMitigate: item["autoMitigate"],
        resolveConfiguration: !item["resolveConfiguration"]
            ? item["resolveConfiguration"]
            : ruleResolveConfigurationDeserializer(item["resolveConfiguration"]),
    };
}
function _scheduledQueryRuleResourcePatchPropertiesSerializer(item) {
    return {
        description: item["description"],
        displayName: item["displayName"],
        severity: item["severity"],
        enabled: item["enabled"],
        scopes: !item["scopes"]
            ? item["scopes"]
            : item["scopes"].map((p) => {
                return p;
            }),
        evaluationFrequency: item["evaluationFrequency"],
        windowSize: item["windowSize"],
        overrideQueryTimeRange: item["overrideQueryTimeRange"],
        targetResourceTypes: !item["targetResourceTypes"]
            ? item["targetResourceTypes"]
            : item["targetResourceTypes"].map((p) => {
                return p;
            }),
        criteria: !item["criteria"]
            ? item["criteria"]
            : scheduledQueryRuleCriteriaSerializer(item["criteria"]),
        muteActionsDuration: item["muteActionsDuration"],
        actions: !item["actions"] ? item["actions"] : actionsSerializer(item["actions"]),
        checkWorkspaceAlertsStorageConfigured: item["checkWorkspaceAlertsStorageConfigured"],
        skipQueryValidation: item["skipQueryValidation"],
        autoMitigate: item["autoMitigate"],
        resolveConfiguration: !item["resolveConfiguration"]
            ? item["resolveConfiguration"]
            : ruleResolveConfigurationSerializer(item["resolveConfiguration"]),
    };
}
function _scheduledQueryRuleResourcePatchPropertiesDeserializer(item) {
    return {
        createdWithApiVersion: item["createdWithApiVersion"],
        isLegacyLogAnalyticsRule: item["isLegacyLogAnalyticsRule"],
        description: item["description"],
        displayName: item["displayName"],
        severity: item["severity"],
        enabled: item["enabled"],
        scopes: !item["scopes"]
            ? item["scopes"]
            : item["scopes"].map((p) => {
                return p;
            }),
        evaluationFrequency: item["evaluationFrequency"],
        windowSize: item["windowSize"],
        overrideQueryTimeRange: item["overrideQueryTimeRange"],
        targetResourceTypes: !item["targetResourceTypes"]
            ? item["targetResourceTypes"]
            : item["targetResourceTypes"].map((p) => {
                return p;
            }),
        criteria: !item["criteria"]
            ? item["criteria"]
            : scheduledQueryRuleCriteriaDeserializer(item["criteria"]),
        muteActionsDuration: item["muteActionsDuration"],
        actions: !item["actions"] ? item["actions"] : actionsDeserializer(item["actions"]),
        isWorkspaceAlertsStorageConfigured: item["isWorkspaceAlertsStorageConfigured"],
        checkWorkspaceAlertsStorageConfigured: item["checkWorkspaceAlertsStorageConfigured"],
        skipQueryValidation: item["skipQueryValidation"],
        autoMitigate: item["autoMitigate"],
        resolveConfiguration: !item["resolveConfiguration"]
            ? item["resolveConfiguration"]
            : ruleResolveConfigurationDeserializer(item["resolveConfiguration"]),
    };
}
//# sourceMappingURL=models.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/scheduledQueryRules/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function scheduledQueryRules_operations_listBySubscriptionSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Insights/scheduledQueryRules{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": "2025-01-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function scheduledQueryRules_operations_listBySubscriptionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorContractDeserializer(result.body);
        }
        throw error;
    }
    return _scheduledQueryRuleResourceCollectionDeserializer(result.body);
}
/** Retrieve a scheduled query rule definitions in a subscription. */
function scheduledQueryRules_operations_listBySubscription(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => scheduledQueryRules_operations_listBySubscriptionSend(context, options), scheduledQueryRules_operations_listBySubscriptionDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2025-01-01-preview" });
}
function scheduledQueryRules_operations_listByResourceGroupSend(context, resourceGroupName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/scheduledQueryRules{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        "api%2Dversion": "2025-01-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function scheduledQueryRules_operations_listByResourceGroupDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorContractDeserializer(result.body);
        }
        throw error;
    }
    return _scheduledQueryRuleResourceCollectionDeserializer(result.body);
}
/** Retrieve scheduled query rule definitions in a resource group. */
function scheduledQueryRules_operations_listByResourceGroup(context, resourceGroupName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => scheduledQueryRules_operations_listByResourceGroupSend(context, resourceGroupName, options), scheduledQueryRules_operations_listByResourceGroupDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2025-01-01-preview" });
}
function scheduledQueryRules_operations_$deleteSend(context, resourceGroupName, ruleName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/scheduledQueryRules/{ruleName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        ruleName: ruleName,
        "api%2Dversion": "2025-01-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function scheduledQueryRules_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorContractDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes a scheduled query rule. */
async function scheduledQueryRules_operations_$delete(context, resourceGroupName, ruleName, options = { requestOptions: {} }) {
    const result = await scheduledQueryRules_operations_$deleteSend(context, resourceGroupName, ruleName, options);
    return scheduledQueryRules_operations_$deleteDeserialize(result);
}
function scheduledQueryRules_operations_updateSend(context, resourceGroupName, ruleName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/scheduledQueryRules/{ruleName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        ruleName: ruleName,
        "api%2Dversion": "2025-01-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: scheduledQueryRuleResourcePatchSerializer(parameters),
    });
}
async function scheduledQueryRules_operations_updateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorContractDeserializer(result.body);
        }
        throw error;
    }
    return scheduledQueryRuleResourceDeserializer(result.body);
}
/** Update a scheduled query rule. */
async function scheduledQueryRules_operations_update(context, resourceGroupName, ruleName, parameters, options = { requestOptions: {} }) {
    const result = await scheduledQueryRules_operations_updateSend(context, resourceGroupName, ruleName, parameters, options);
    return scheduledQueryRules_operations_updateDeserialize(result);
}
function scheduledQueryRules_operations_createOrUpdateSend(context, resourceGroupName, ruleName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/scheduledQueryRules/{ruleName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        ruleName: ruleName,
        "api%2Dversion": "2025-01-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: scheduledQueryRuleResourceSerializer(parameters),
    });
}
async function scheduledQueryRules_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorContractDeserializer(result.body);
        }
        throw error;
    }
    return scheduledQueryRuleResourceDeserializer(result.body);
}
/** Creates or updates a scheduled query rule. */
async function scheduledQueryRules_operations_createOrUpdate(context, resourceGroupName, ruleName, parameters, options = { requestOptions: {} }) {
    const result = await scheduledQueryRules_operations_createOrUpdateSend(context, resourceGroupName, ruleName, parameters, options);
    return scheduledQueryRules_operations_createOrUpdateDeserialize(result);
}
function scheduledQueryRules_operations_getSend(context, resourceGroupName, ruleName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/scheduledQueryRules/{ruleName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        ruleName: ruleName,
        "api%2Dversion": "2025-01-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function scheduledQueryRules_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorContractDeserializer(result.body);
        }
        throw error;
    }
    return scheduledQueryRuleResourceDeserializer(result.body);
}
/** Retrieve an scheduled query rule definition. */
async function scheduledQueryRules_operations_get(context, resourceGroupName, ruleName, options = { requestOptions: {} }) {
    const result = await scheduledQueryRules_operations_getSend(context, resourceGroupName, ruleName, options);
    return scheduledQueryRules_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/classic/scheduledQueryRules/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getScheduledQueryRules(context) {
    return {
        listBySubscription: (options) => scheduledQueryRules_operations_listBySubscription(context, options),
        listByResourceGroup: (resourceGroupName, options) => scheduledQueryRules_operations_listByResourceGroup(context, resourceGroupName, options),
        delete: (resourceGroupName, ruleName, options) => scheduledQueryRules_operations_$delete(context, resourceGroupName, ruleName, options),
        update: (resourceGroupName, ruleName, parameters, options) => scheduledQueryRules_operations_update(context, resourceGroupName, ruleName, parameters, options),
        createOrUpdate: (resourceGroupName, ruleName, parameters, options) => scheduledQueryRules_operations_createOrUpdate(context, resourceGroupName, ruleName, parameters, options),
        get: (resourceGroupName, ruleName, options) => scheduledQueryRules_operations_get(context, resourceGroupName, ruleName, options),
    };
}
function _getScheduledQueryRulesOperations(context) {
    return {
        ..._getScheduledQueryRules(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/models/serviceDiagnosticsSettingsApi/models.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/*
 * This file contains only generated model types and their (de)serializers.
 * Disable the following rules for internal models with '_' prefix and deserializers which require 'any' for raw JSON input.
 */
/* eslint-disable @typescript-eslint/naming-convention */
/* eslint-disable @typescript-eslint/explicit-module-boundary-types */



function serviceDiagnosticSettingsResourceSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, [
            "storageAccountId",
            "serviceBusRuleId",
            "eventHubAuthorizationRuleId",
            "metrics",
            "logs",
            "workspaceId",
        ])
            ? undefined
            : _serviceDiagnosticSettingsResourcePropertiesSerializer(item),
        location: item["location"],
        tags: item["tags"],
    };
}
function serviceDiagnosticSettingsResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _serviceDiagnosticSettingsResourcePropertiesDeserializer(item["properties"])),
        location: item["location"],
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
    };
}
function serviceDiagnosticSettingsSerializer(item) {
    return {
        storageAccountId: item["storageAccountId"],
        serviceBusRuleId: item["serviceBusRuleId"],
        eventHubAuthorizationRuleId: item["eventHubAuthorizationRuleId"],
        metrics: !item["metrics"] ? item["metrics"] : metricSettingsArraySerializer(item["metrics"]),
        logs: !item["logs"] ? item["logs"] : logSettingsArraySerializer(item["logs"]),
        workspaceId: item["workspaceId"],
    };
}
function serviceDiagnosticSettingsDeserializer(item) {
    return {
        storageAccountId: item["storageAccountId"],
        serviceBusRuleId: item["serviceBusRuleId"],
        eventHubAuthorizationRuleId: item["eventHubAuthorizationRuleId"],
        metrics: !item["metrics"] ? item["metrics"] : metricSettingsArrayDeserializer(item["metrics"]),
        logs: !item["logs"] ? item["logs"] : logSettingsArrayDeserializer(item["logs"]),
        workspaceId: item["workspaceId"],
    };
}
function serviceDiagnosticSettingsResourcePatchSerializer(item) {
    return {
        tags: item["tags"],
        properties: areAllPropsUndefined(item, [
            "storageAccountId",
            "serviceBusRuleId",
            "eventHubAuthorizationRuleId",
            "metrics",
            "logs",
            "workspaceId",
        ])
            ? undefined
            : _serviceDiagnosticSettingsResourcePatchPropertiesSerializer(item),
    };
}
function _serviceDiagnosticSettingsResourcePropertiesSerializer(item) {
    return {
        storageAccountId: item["storageAccountId"],
        serviceBusRuleId: item["serviceBusRuleId"],
        eventHubAuthorizationRuleId: item["eventHubAuthorizationRuleId"],
        metrics: !item["metrics"] ? item["metrics"] : models_metricSettingsArraySerializer(item["metrics"]),
        logs: !item["logs"] ? item["logs"] : models_logSettingsArraySerializer(item["logs"]),
        workspaceId: item["workspaceId"],
    };
}
function _serviceDiagnosticSettingsResourcePropertiesDeserializer(item) {
    return {
        storageAccountId: item["storageAccountId"],
        serviceBusRuleId: item["serviceBusRuleId"],
        eventHubAuthorizationRuleId: item["eventHubAuthorizationRuleId"],
        metrics: !item["metrics"] ? item["metrics"] : models_metricSettingsArrayDeserializer(item["metrics"]),
        logs: !item["logs"] ? item["logs"] : models_logSettingsArrayDeserializer(item["logs"]),
        workspaceId: item["workspaceId"],
    };
}
function _serviceDiagnosticSettingsResourcePatchPropertiesSerializer(item) {
    return {
        storageAccountId: item["storageAccountId"],
        serviceBusRuleId: item["serviceBusRuleId"],
        eventHubAuthorizationRuleId: item["eventHubAuthorizationRuleId"],
        metrics: !item["metrics"] ? item["metrics"] : models_metricSettingsArraySerializer(item["metrics"]),
        logs: !item["logs"] ? item["logs"] : models_logSettingsArraySerializer(item["logs"]),
        workspaceId: item["workspaceId"],
    };
}
function _serviceDiagnosticSettingsResourcePatchPropertiesDeserializer(item) {
    return {
        storageAccountId: item["storageAccountId"],
        serviceBusRuleId: item["serviceBusRuleId"],
        eventHubAuthorizationRuleId: item["eventHubAuthorizationRuleId"],
        metrics: !item["metrics"] ? item["metrics"] : metricSettingsArrayDeserializer(item["metrics"]),
        logs: !item["logs"] ? item["logs"] : logSettingsArrayDeserializer(item["logs"]),
        workspaceId: item["workspaceId"],
    };
}
//# sourceMappingURL=models.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/serviceDiagnosticSettings/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function serviceDiagnosticSettings_operations_updateSend(context, resourceUri, serviceDiagnosticSettingsResource, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/{+resourceUri}/providers/microsoft.insights/diagnosticSettings/service{?api%2Dversion}", {
        resourceUri: resourceUri,
        "api%2Dversion": "2016-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: serviceDiagnosticSettingsResourcePatchSerializer(serviceDiagnosticSettingsResource),
    });
}
async function serviceDiagnosticSettings_operations_updateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return serviceDiagnosticSettingsResourceDeserializer(result.body);
}
/** Updates an existing ServiceDiagnosticSettingsResource. To update other fields use the CreateOrUpdate method. **WARNING**: This method will be deprecated in future releases. */
async function serviceDiagnosticSettings_operations_update(context, resourceUri, serviceDiagnosticSettingsResource, options = { requestOptions: {} }) {
    const result = await serviceDiagnosticSettings_operations_updateSend(context, resourceUri, serviceDiagnosticSettingsResource, options);
    return serviceDiagnosticSettings_operations_updateDeserialize(result);
}
function serviceDiagnosticSettings_operations_createOrUpdateSend(context, resourceUri, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/{+resourceUri}/providers/microsoft.insights/diagnosticSettings/service{?api%2Dversion}", {
        resourceUri: resourceUri,
        "api%2Dversion": "2016-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: serviceDiagnosticSettingsResourceSerializer(parameters),
    });
}
async function serviceDiagnosticSettings_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return serviceDiagnosticSettingsResourceDeserializer(result.body);
}
/** Create or update new diagnostic settings for the specified resource. **WARNING**: This method will be deprecated in future releases. */
async function serviceDiagnosticSettings_operations_createOrUpdate(context, resourceUri, parameters, options = { requestOptions: {} }) {
    const result = await serviceDiagnosticSettings_operations_createOrUpdateSend(context, resourceUri, parameters, options);
    return serviceDiagnosticSettings_operations_createOrUpdateDeserialize(result);
}
function serviceDiagnosticSettings_operations_getSend(context, resourceUri, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/{+resourceUri}/providers/microsoft.insights/diagnosticSettings/service{?api%2Dversion}", {
        resourceUri: resourceUri,
        "api%2Dversion": "2016-09-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function serviceDiagnosticSettings_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return serviceDiagnosticSettingsResourceDeserializer(result.body);
}
/** Gets the active diagnostic settings for the specified resource. **WARNING**: This method will be deprecated in future releases. */
async function serviceDiagnosticSettings_operations_get(context, resourceUri, options = { requestOptions: {} }) {
    const result = await serviceDiagnosticSettings_operations_getSend(context, resourceUri, options);
    return serviceDiagnosticSettings_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/classic/serviceDiagnosticSettings/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getServiceDiagnosticSettings(context) {
    return {
        update: (resourceUri, serviceDiagnosticSettingsResource, options) => serviceDiagnosticSettings_operations_update(context, resourceUri, serviceDiagnosticSettingsResource, options),
        createOrUpdate: (resourceUri, parameters, options) => serviceDiagnosticSettings_operations_createOrUpdate(context, resourceUri, parameters, options),
        get: (resourceUri, options) => serviceDiagnosticSettings_operations_get(context, resourceUri, options),
    };
}
function _getServiceDiagnosticSettingsOperations(context) {
    return {
        ..._getServiceDiagnosticSettings(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/tenantActionGroups/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _listByManagementGroupIdSend(context, managementGroupId, xMsClientTenantId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.Management/managementGroups/{managementGroupId}/providers/Microsoft.Insights/tenantActionGroups{?api%2Dversion}", {
        managementGroupId: managementGroupId,
        "api%2Dversion": "2023-05-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: {
            "x-ms-client-tenant-id": xMsClientTenantId,
            accept: "application/json",
            ...options.requestOptions?.headers,
        },
    });
}
async function _listByManagementGroupIdDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _tenantActionGroupListDeserializer(result.body);
}
/** Get a list of all tenant action groups in a management group. */
function listByManagementGroupId(context, managementGroupId, xMsClientTenantId, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listByManagementGroupIdSend(context, managementGroupId, xMsClientTenantId, options), _listByManagementGroupIdDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2023-05-01-preview" });
}
function tenantActionGroups_operations_$deleteSend(context, managementGroupId, tenantActionGroupName, xMsClientTenantId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.Management/managementGroups/{managementGroupId}/providers/Microsoft.Insights/tenantActionGroups/{tenantActionGroupName}{?api%2Dversion}", {
        managementGroupId: managementGroupId,
        tenantActionGroupName: tenantActionGroupName,
        "api%2Dversion": "2023-05-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { "x-ms-client-tenant-id": xMsClientTenantId, ...options.requestOptions?.headers },
    });
}
async function tenantActionGroups_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Delete a tenant action group. */
async function tenantActionGroups_operations_$delete(context, managementGroupId, tenantActionGroupName, xMsClientTenantId, options = { requestOptions: {} }) {
    const result = await tenantActionGroups_operations_$deleteSend(context, managementGroupId, tenantActionGroupName, xMsClientTenantId, options);
    return tenantActionGroups_operations_$deleteDeserialize(result);
}
function tenantActionGroups_operations_updateSend(context, managementGroupId, tenantActionGroupName, xMsClientTenantId, tenantActionGroupPatch, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.Management/managementGroups/{managementGroupId}/providers/Microsoft.Insights/tenantActionGroups/{tenantActionGroupName}{?api%2Dversion}", {
        managementGroupId: managementGroupId,
        tenantActionGroupName: tenantActionGroupName,
        "api%2Dversion": "2023-05-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: {
            "x-ms-client-tenant-id": xMsClientTenantId,
            accept: "application/json",
            ...options.requestOptions?.headers,
        },
        body: tenantActionGroupPatchBodySerializer(tenantActionGroupPatch),
    });
}
async function tenantActionGroups_operations_updateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return tenantActionGroupResourceDeserializer(result.body);
}
/** Updates an existing tenant action group's tags. To update other fields use the CreateOrUpdate method. */
async function tenantActionGroups_operations_update(context, managementGroupId, tenantActionGroupName, xMsClientTenantId, tenantActionGroupPatch, options = { requestOptions: {} }) {
    const result = await tenantActionGroups_operations_updateSend(context, managementGroupId, tenantActionGroupName, xMsClientTenantId, tenantActionGroupPatch, options);
    return tenantActionGroups_operations_updateDeserialize(result);
}
function tenantActionGroups_operations_createOrUpdateSend(context, managementGroupId, tenantActionGroupName, xMsClientTenantId, actionGroup, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.Management/managementGroups/{managementGroupId}/providers/Microsoft.Insights/tenantActionGroups/{tenantActionGroupName}{?api%2Dversion}", {
        managementGroupId: managementGroupId,
        tenantActionGroupName: tenantActionGroupName,
        "api%2Dversion": "2023-05-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: {
            "x-ms-client-tenant-id": xMsClientTenantId,
            accept: "application/json",
            ...options.requestOptions?.headers,
        },
        body: tenantActionGroupResourceSerializer(actionGroup),
    });
}
async function tenantActionGroups_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return tenantActionGroupResourceDeserializer(result.body);
}
/** Create a new tenant action group or update an existing one. */
async function tenantActionGroups_operations_createOrUpdate(context, managementGroupId, tenantActionGroupName, xMsClientTenantId, actionGroup, options = { requestOptions: {} }) {
    const result = await tenantActionGroups_operations_createOrUpdateSend(context, managementGroupId, tenantActionGroupName, xMsClientTenantId, actionGroup, options);
    return tenantActionGroups_operations_createOrUpdateDeserialize(result);
}
function tenantActionGroups_operations_getSend(context, managementGroupId, tenantActionGroupName, xMsClientTenantId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.Management/managementGroups/{managementGroupId}/providers/Microsoft.Insights/tenantActionGroups/{tenantActionGroupName}{?api%2Dversion}", {
        managementGroupId: managementGroupId,
        tenantActionGroupName: tenantActionGroupName,
        "api%2Dversion": "2023-05-01-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: {
            "x-ms-client-tenant-id": xMsClientTenantId,
            accept: "application/json",
            ...options.requestOptions?.headers,
        },
    });
}
async function tenantActionGroups_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return tenantActionGroupResourceDeserializer(result.body);
}
/** Get a tenant action group. */
async function tenantActionGroups_operations_get(context, managementGroupId, tenantActionGroupName, xMsClientTenantId, options = { requestOptions: {} }) {
    const result = await tenantActionGroups_operations_getSend(context, managementGroupId, tenantActionGroupName, xMsClientTenantId, options);
    return tenantActionGroups_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/classic/tenantActionGroups/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getTenantActionGroups(context) {
    return {
        listByManagementGroupId: (managementGroupId, xMsClientTenantId, options) => listByManagementGroupId(context, managementGroupId, xMsClientTenantId, options),
        delete: (managementGroupId, tenantActionGroupName, xMsClientTenantId, options) => tenantActionGroups_operations_$delete(context, managementGroupId, tenantActionGroupName, xMsClientTenantId, options),
        update: (managementGroupId, tenantActionGroupName, xMsClientTenantId, tenantActionGroupPatch, options) => tenantActionGroups_operations_update(context, managementGroupId, tenantActionGroupName, xMsClientTenantId, tenantActionGroupPatch, options),
        createOrUpdate: (managementGroupId, tenantActionGroupName, xMsClientTenantId, actionGroup, options) => tenantActionGroups_operations_createOrUpdate(context, managementGroupId, tenantActionGroupName, xMsClientTenantId, actionGroup, options),
        get: (managementGroupId, tenantActionGroupName, xMsClientTenantId, options) => tenantActionGroups_operations_get(context, managementGroupId, tenantActionGroupName, xMsClientTenantId, options),
    };
}
function _getTenantActionGroupsOperations(context) {
    return {
        ..._getTenantActionGroups(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/tenantActivityLogs/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function tenantActivityLogs_operations_listSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.Insights/eventtypes/management/values{?api%2Dversion,%24filter,%24select}", {
        "api%2Dversion": "2015-04-01",
        "%24filter": options?.filter,
        "%24select": options?.select,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function tenantActivityLogs_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _eventDataCollectionDeserializer(result.body);
}
/** Gets the Activity Logs for the Tenant.<br>Everything that is applicable to the API to get the Activity Logs for the subscription is applicable to this API (the parameters, $filter, etc.).<br>One thing to point out here is that this API does *not* retrieve the logs at the individual subscription of the tenant but only surfaces the logs that were generated at the tenant level. */
function tenantActivityLogs_operations_list(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => tenantActivityLogs_operations_listSend(context, options), tenantActivityLogs_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2015-04-01" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/classic/tenantActivityLogs/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getTenantActivityLogs(context) {
    return {
        list: (options) => tenantActivityLogs_operations_list(context, options),
    };
}
function _getTenantActivityLogsOperations(context) {
    return {
        ..._getTenantActivityLogs(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/models/vmInsightsOnboarding/models.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function vmInsightsOnboardingStatusDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _vmInsightsOnboardingStatusPropertiesDeserializer(item["properties"])),
    };
}
function vmInsightsOnboardingStatusPropertiesDeserializer(item) {
    return {
        resourceId: item["resourceId"],
        onboardingStatus: item["onboardingStatus"],
        dataStatus: item["dataStatus"],
        data: !item["data"] ? item["data"] : dataContainerArrayDeserializer(item["data"]),
    };
}
/** The onboarding status for the resource. Note that, a higher level scope, e.g., resource group or subscription, is considered onboarded if at least one resource under it is onboarded. */
var KnownOnboardingStatus;
(function (KnownOnboardingStatus) {
    /** onboarded */
    KnownOnboardingStatus["Onboarded"] = "onboarded";
    /** notOnboarded */
    KnownOnboardingStatus["NotOnboarded"] = "notOnboarded";
    /** unknown */
    KnownOnboardingStatus["Unknown"] = "unknown";
})(KnownOnboardingStatus || (KnownOnboardingStatus = {}));
/** The status of VM Insights data from the resource. When reported as `present` the data array will contain information about the data containers to which data for the specified resource is being routed. */
var KnownDataStatus;
(function (KnownDataStatus) {
    /** present */
    KnownDataStatus["Present"] = "present";
    /** notPresent */
    KnownDataStatus["NotPresent"] = "notPresent";
})(KnownDataStatus || (KnownDataStatus = {}));
function dataContainerArrayDeserializer(result) {
    return result.map((item) => {
        return dataContainerDeserializer(item);
    });
}
function dataContainerDeserializer(item) {
    return {
        workspace: workspaceInfoDeserializer(item["workspace"]),
    };
}
function workspaceInfoDeserializer(item) {
    return {
        id: item["id"],
        location: item["location"],
        ..._workspaceInfoPropertiesDeserializer(item["properties"]),
    };
}
function workspaceInfoPropertiesDeserializer(item) {
    return {
        customerId: item["customerId"],
    };
}
function responseWithErrorDeserializer(item) {
    return {
        error: errorDeserializer(item["error"]),
    };
}
function errorDeserializer(item) {
    return {
        code: item["code"],
        message: item["message"],
    };
}
function _workspaceInfoPropertiesDeserializer(item) {
    return {
        customerId: item["customerId"],
    };
}
function _vmInsightsOnboardingStatusPropertiesDeserializer(item) {
    return {
        resourceId: item["resourceId"],
        onboardingStatus: item["onboardingStatus"],
        dataStatus: item["dataStatus"],
        data: !item["data"] ? item["data"] : dataContainerArrayDeserializer(item["data"]),
    };
}
//# sourceMappingURL=models.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/api/vMInsights/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



function _getOnboardingStatusSend(context, resourceUri, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/{+resourceUri}/providers/Microsoft.Insights/vmInsightsOnboardingStatuses/default{?api%2Dversion}", {
        resourceUri: resourceUri,
        "api%2Dversion": "2018-11-27-preview",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getOnboardingStatusDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = responseWithErrorDeserializer(result.body);
        }
        throw error;
    }
    return vmInsightsOnboardingStatusDeserializer(result.body);
}
/** Retrieves the VM Insights onboarding status for the specified resource or resource scope. */
async function getOnboardingStatus(context, resourceUri, options = { requestOptions: {} }) {
    const result = await _getOnboardingStatusSend(context, resourceUri, options);
    return _getOnboardingStatusDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/classic/vMInsights/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getvMInsights(context) {
    return {
        getOnboardingStatus: (resourceUri, options) => getOnboardingStatus(context, resourceUri, options),
    };
}
function _getvMInsightsOperations(context) {
    return {
        ..._getvMInsights(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/monitorClient.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

































class MonitorClient {
    _client;
    /** The pipeline used by this client to make requests */
    pipeline;
    constructor(credential, subscriptionIdOrOptions, options) {
        let subscriptionId;
        if (typeof subscriptionIdOrOptions === "string") {
            subscriptionId = subscriptionIdOrOptions;
        }
        else if (typeof subscriptionIdOrOptions === "object") {
            options = subscriptionIdOrOptions;
        }
        options = options ?? {};
        this._client = createMonitor(credential, subscriptionId ?? "", options);
        this.pipeline = this._client.pipeline;
        this.diagnosticSettingsCategory = _getDiagnosticSettingsCategoryOperations(this._client);
        this.diagnosticSettings = _getDiagnosticSettingsOperations(this._client);
        this.vMInsights = _getvMInsightsOperations(this._client);
        this.tenantActionGroups = _getTenantActionGroupsOperations(this._client);
        this.actionGroups = _getActionGroupsOperations(this._client);
        this.baselines = _getBaselinesOperations(this._client);
        this.scheduledQueryRules = _getScheduledQueryRulesOperations(this._client);
        this.metricAlertsStatus = _getMetricAlertsStatusOperations(this._client);
        this.metricAlerts = _getMetricAlertsOperations(this._client);
        this.activityLogAlerts = _getActivityLogAlertsOperations(this._client);
        this.logProfiles = _getLogProfilesOperations(this._client);
        this.alertRuleIncidents = _getAlertRuleIncidentsOperations(this._client);
        this.serviceDiagnosticSettings = _getServiceDiagnosticSettingsOperations(this._client);
        this.metrics = _getMetricsOperations(this._client);
        this.metricNamespaces = _getMetricNamespacesOperations(this._client);
        this.metricDefinitions = _getMetricDefinitionsOperations(this._client);
        this.tenantActivityLogs = _getTenantActivityLogsOperations(this._client);
        this.eventCategories = _getEventCategoriesOperations(this._client);
        this.activityLogs = _getActivityLogsOperations(this._client);
        this.predictiveMetric = _getPredictiveMetricOperations(this._client);
        this.autoscaleSettings = _getAutoscaleSettingsOperations(this._client);
        this.privateLinkScopeOperationStatus = _getPrivateLinkScopeOperationStatusOperations(this._client);
        this.privateLinkScopedResources = _getPrivateLinkScopedResourcesOperations(this._client);
        this.privateLinkScopes = _getPrivateLinkScopesOperations(this._client);
        this.dataCollectionRules = _getDataCollectionRulesOperations(this._client);
        this.dataCollectionRuleAssociations = _getDataCollectionRuleAssociationsOperations(this._client);
        this.scheduledQueryRule = _getScheduledQueryRuleOperations(this._client);
        this.dataCollectionEndpoints = _getDataCollectionEndpointsOperations(this._client);
        this.privateEndpointConnections = _getPrivateEndpointConnectionsOperations(this._client);
        this.privateLinkResources = _getPrivateLinkResourcesOperations(this._client);
    }
    /** Get the test notifications by the notification id */
    getTestNotificationsAtTenantActionGroupResourceLevel(managementGroupId, tenantActionGroupName, notificationId, xMsClientTenantId, options = {
        requestOptions: {},
    }) {
        return getTestNotificationsAtTenantActionGroupResourceLevel(this._client, managementGroupId, tenantActionGroupName, notificationId, xMsClientTenantId, options);
    }
    /** Send test notifications to a set of provided receivers */
    createNotificationsAtTenantActionGroupResourceLevel(managementGroupId, tenantActionGroupName, xMsClientTenantId, notificationRequest, options = {
        requestOptions: {},
    }) {
        return createNotificationsAtTenantActionGroupResourceLevel(this._client, managementGroupId, tenantActionGroupName, xMsClientTenantId, notificationRequest, options);
    }
    /** @deprecated use createNotificationsAtTenantActionGroupResourceLevel instead */
    async beginCreateNotificationsAtTenantActionGroupResourceLevel(managementGroupId, tenantActionGroupName, xMsClientTenantId, notificationRequest, options = {
        requestOptions: {},
    }) {
        const poller = createNotificationsAtTenantActionGroupResourceLevel(this._client, managementGroupId, tenantActionGroupName, xMsClientTenantId, notificationRequest, options);
        await poller.submitted();
        return getSimplePoller(poller);
    }
    /** @deprecated use createNotificationsAtTenantActionGroupResourceLevel instead */
    async beginCreateNotificationsAtTenantActionGroupResourceLevelAndWait(managementGroupId, tenantActionGroupName, xMsClientTenantId, notificationRequest, options = {
        requestOptions: {},
    }) {
        return await createNotificationsAtTenantActionGroupResourceLevel(this._client, managementGroupId, tenantActionGroupName, xMsClientTenantId, notificationRequest, options);
    }
    /** The operation groups for diagnosticSettingsCategory */
    diagnosticSettingsCategory;
    /** The operation groups for diagnosticSettings */
    diagnosticSettings;
    /** The operation groups for vMInsights */
    vMInsights;
    /** The operation groups for tenantActionGroups */
    tenantActionGroups;
    /** The operation groups for actionGroups */
    actionGroups;
    /** The operation groups for baselines */
    baselines;
    /** The operation groups for scheduledQueryRules */
    scheduledQueryRules;
    /** The operation groups for metricAlertsStatus */
    metricAlertsStatus;
    /** The operation groups for metricAlerts */
    metricAlerts;
    /** The operation groups for activityLogAlerts */
    activityLogAlerts;
    /** The operation groups for logProfiles */
    logProfiles;
    /** The operation groups for alertRuleIncidents */
    alertRuleIncidents;
    /** The operation groups for serviceDiagnosticSettings */
    serviceDiagnosticSettings;
    /** The operation groups for metrics */
    metrics;
    /** The operation groups for metricNamespaces */
    metricNamespaces;
    /** The operation groups for metricDefinitions */
    metricDefinitions;
    /** The operation groups for tenantActivityLogs */
    tenantActivityLogs;
    /** The operation groups for eventCategories */
    eventCategories;
    /** The operation groups for activityLogs */
    activityLogs;
    /** The operation groups for predictiveMetric */
    predictiveMetric;
    /** The operation groups for autoscaleSettings */
    autoscaleSettings;
    /** The operation groups for privateLinkScopeOperationStatus */
    privateLinkScopeOperationStatus;
    /** The operation groups for privateLinkScopedResources */
    privateLinkScopedResources;
    /** The operation groups for privateLinkScopes */
    privateLinkScopes;
    /** The operation groups for dataCollectionRules */
    dataCollectionRules;
    /** The operation groups for dataCollectionRuleAssociations */
    dataCollectionRuleAssociations;
    /** The operation groups for scheduledQueryRule */
    scheduledQueryRule;
    /** The operation groups for dataCollectionEndpoints */
    dataCollectionEndpoints;
    /** The operation groups for privateEndpointConnections */
    privateEndpointConnections;
    /** The operation groups for privateLinkResources */
    privateLinkResources;
}
//# sourceMappingURL=monitorClient.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/restorePollerHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.









/**
 * Creates a poller from the serialized state of another poller. This can be
 * useful when you want to create pollers on a different host or a poller
 * needs to be constructed after the original one is not in scope.
 */
function restorePoller(client, serializedState, sourceOperation, options) {
    const pollerConfig = deserializeState(serializedState).config;
    const { initialRequestUrl, requestMethod, metadata } = pollerConfig;
    if (!initialRequestUrl || !requestMethod) {
        throw new Error(`Invalid serialized state: ${serializedState} for sourceOperation ${sourceOperation?.name}`);
    }
    const resourceLocationConfig = metadata?.["resourceLocationConfig"];
    const { deserializer, expectedStatuses = [] } = getDeserializationHelper(initialRequestUrl, requestMethod) ?? {};
    const deserializeHelper = options?.processResponseBody ?? deserializer;
    if (!deserializeHelper) {
        throw new Error(`Please ensure the operation is in this client! We can't find its deserializeHelper for ${sourceOperation?.name}.`);
    }
    const apiVersion = getApiVersionFromUrl(initialRequestUrl);
    return getLongRunningPoller(client["_client"] ?? client, deserializeHelper, expectedStatuses, {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        resourceLocationConfig,
        restoreFrom: serializedState,
        initialRequestUrl,
        apiVersion,
    });
}
const deserializeMap = {
    "POST /providers/Microsoft.Management/managementGroups/{managementGroupId}/providers/Microsoft.Insights/tenantActionGroups/{tenantActionGroupName}/createNotifications": {
        deserializer: _createNotificationsAtTenantActionGroupResourceLevelDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "POST /subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/actionGroups/{actionGroupName}/networkSecurityPerimeterConfigurations/{networkSecurityPerimeterConfigurationName}/reconcile": { deserializer: _reconcileNSPDeserialize, expectedStatuses: ["202", "200", "201"] },
    "POST /subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/actionGroups/{actionGroupName}/createNotifications": {
        deserializer: _createNotificationsAtActionGroupResourceLevelDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/privateLinkScopes/{scopeName}/scopedResources/{name}": { deserializer: privateLinkScopedResources_operations_$deleteDeserialize, expectedStatuses: ["200", "202", "204"] },
    "PUT /subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/privateLinkScopes/{scopeName}/scopedResources/{name}": { deserializer: privateLinkScopedResources_operations_createOrUpdateDeserialize, expectedStatuses: ["200", "201", "202"] },
    "DELETE /subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/privateLinkScopes/{scopeName}": { deserializer: privateLinkScopes_operations_$deleteDeserialize, expectedStatuses: ["202", "204", "200"] },
    "POST /subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/scheduledQueryRules/{ruleName}/networkSecurityPerimeterConfigurations/{networkSecurityPerimeterConfigurationName}/reconcile": {
        deserializer: scheduledQueryRule_operations_reconcileNSPDeserialize,
        expectedStatuses: ["202", "200", "201"],
    },
    "POST /subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/dataCollectionEndpoints/{dataCollectionEndpointName}/networkSecurityPerimeterConfigurations/{networkSecurityPerimeterConfigurationName}/reconcile": {
        deserializer: operations_reconcileNSPDeserialize,
        expectedStatuses: ["202", "200", "201"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/privateLinkScopes/{scopeName}/privateEndpointConnections/{privateEndpointConnectionName}": {
        deserializer: privateEndpointConnections_operations_$deleteDeserialize,
        expectedStatuses: ["200", "202", "204"],
    },
    "PUT /subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/privateLinkScopes/{scopeName}/privateEndpointConnections/{privateEndpointConnectionName}": {
        deserializer: privateEndpointConnections_operations_createOrUpdateDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
};
function getDeserializationHelper(urlStr, method) {
    const path = new URL(urlStr).pathname;
    const pathParts = path.split("/");
    // Traverse list to match the longest candidate
    // matchedLen: the length of candidate path
    // matchedValue: the matched status code array
    let matchedLen = -1, matchedValue;
    // Iterate the responseMap to find a match
    for (const [key, value] of Object.entries(deserializeMap)) {
        // Extracting the path from the map key which is in format
        // GET /path/foo
        if (!key.startsWith(method)) {
            continue;
        }
        const candidatePath = getPathFromMapKey(key);
        // Get each part of the url path
        const candidateParts = candidatePath.split("/");
        // track if we have found a match to return the values found.
        let found = true;
        for (let i = candidateParts.length - 1, j = pathParts.length - 1; i >= 1 && j >= 1; i--, j--) {
            if (candidateParts[i]?.startsWith("{") && candidateParts[i]?.indexOf("}") !== -1) {
                const start = candidateParts[i].indexOf("}") + 1, end = candidateParts[i]?.length;
                // If the current part of the candidate is a "template" part
                // Try to use the suffix of pattern to match the path
                // {guid} ==> $
                // {guid}:export ==> :export$
                const isMatched = new RegExp(`${candidateParts[i]?.slice(start, end)}`).test(pathParts[j] || "");
                if (!isMatched) {
                    found = false;
                    break;
                }
                continue;
            }
            // If the candidate part is not a template and
            // the parts don't match mark the candidate as not found
            // to move on with the next candidate path.
            if (candidateParts[i] !== pathParts[j]) {
                found = false;
                break;
            }
        }
        // We finished evaluating the current candidate parts
        // Update the matched value if and only if we found the longer pattern
        if (found && candidatePath.length > matchedLen) {
            matchedLen = candidatePath.length;
            matchedValue = value;
        }
    }
    return matchedValue;
}
function getPathFromMapKey(mapKey) {
    const pathStart = mapKey.indexOf("/");
    return mapKey.slice(pathStart);
}
function getApiVersionFromUrl(urlStr) {
    const url = new URL(urlStr);
    return url.searchParams.get("api-version") ?? undefined;
}
//# sourceMappingURL=restorePollerHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/models/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/models/actionGroupsApi/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/models/autoScaleApi/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/models/dataCollectionApi/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/models/diagnosticsSettings/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/models/metricAlertApi/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/models/metricBaselinesApi/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/models/metricsApi/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/models/privateLinkScopesApi/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/models/scheduledQueryRuleApi/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/models/vmInsightsOnboarding/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/models/microsoft/common/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-monitor/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

















//# sourceMappingURL=index.js.map

/***/ })

};
