/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Organisations {\n  organisations {\n    id\n    code\n    name\n    timeZone\n  }\n}": typeof types.OrganisationsDocument,
    "\n  mutation ImportRecords($files: [ImportFileInput!]!, $update: Boolean) {\n    importRecords(files: $files, update: $update) {\n      accepted\n      counts {\n        type\n        inserted\n        updated\n      }\n      problems {\n        file\n        row\n        column\n        code\n        message\n        severity\n      }\n    }\n  }\n": typeof types.ImportRecordsDocument,
    "\n  query AdminOutlets($filter: OutletFilter) {\n    outlets(filter: $filter) {\n      id\n      code\n      name\n      kind\n      city\n      address\n      coverage\n      regionId\n      regionName\n      active\n      version\n    }\n    regions {\n      id\n      name\n    }\n  }\n": typeof types.AdminOutletsDocument,
    "\n  mutation CreateOutlet($input: CreateOutletInput!) {\n    createOutlet(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateOutletDocument,
    "\n  mutation UpdateOutlet($input: UpdateOutletInput!) {\n    updateOutlet(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateOutletDocument,
    "\n  query AdminProducts($filter: ProductFilter) {\n    products(filter: $filter) {\n      id\n      model\n      name\n      category\n      warrantyMonths\n      hazardous\n      active\n      version\n    }\n  }\n": typeof types.AdminProductsDocument,
    "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateProductDocument,
    "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateProductDocument,
    "\n  query AdminSpareParts {\n    spareParts {\n      id\n      partNo\n      name\n      price\n      unitCost\n      stock {\n        outletId\n        outletCode\n        quantity\n      }\n    }\n    outlets {\n      id\n      code\n      name\n    }\n  }\n": typeof types.AdminSparePartsDocument,
    "\n  mutation CreateSparePart($input: CreateSparePartInput!) {\n    createSparePart(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateSparePartDocument,
    "\n  mutation ReceiveStock($input: ReceiveStockInput!) {\n    receiveStock(input: $input) {\n      id\n    }\n  }\n": typeof types.ReceiveStockDocument,
    "\n  query AdminStaff($includeInactive: Boolean!, $from: String) {\n    staff(includeInactive: $includeInactive) {\n      id\n      login\n      name\n      role\n      phone\n      outletIds\n      active\n      version\n      trainingHours(from: $from)\n      qualifications {\n        id\n        certificateTypeLabel\n        validToday\n      }\n    }\n    outlets {\n      id\n      code\n      name\n    }\n  }\n": typeof types.AdminStaffDocument,
    "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateStaffDocument,
    "\n  mutation UpdateStaff($input: UpdateStaffInput!) {\n    updateStaff(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateStaffDocument,
    "\n  query AdminQualifications($after: String) {\n    qualifications(first: 100, after: $after) {\n      edges {\n        node {\n          id\n          certificateType\n          certificateTypeLabel\n          certificateNo\n          title\n          issuer\n          validFrom\n          validUntil\n          validToday\n          staff {\n            id\n            name\n            login\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminQualificationsDocument,
    "\n  mutation CreateQualification($input: CreateQualificationInput!) {\n    createQualification(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateQualificationDocument,
    "\n  query AdminTrainings($after: String) {\n    trainings(first: 100, after: $after) {\n      edges {\n        node {\n          id\n          course\n          date\n          hours\n          trainer\n          syllabus\n          attendeeCount\n          attendees {\n            passed\n            score\n            staff {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminTrainingsDocument,
    "\n  mutation CreateTraining($input: CreateTrainingInput!) {\n    createTraining(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateTrainingDocument,
    "\n  query StaffOptions {\n    staff {\n      id\n      login\n      name\n    }\n  }\n": typeof types.StaffOptionsDocument,
    "\n  query AdminSettings($year: Int) {\n    organisationSettings {\n      timeZone\n      workingCalendarEnabled\n      version\n      targets {\n        responseMinutesUrgent\n        responseMinutesHigh\n        responseMinutesNormal\n        responseMinutesLow\n        arrivalHours\n        resolutionHours\n        returnVisitDays\n        repeatRepairWindowDays\n        complaintAcknowledgementHours\n        complaintResolutionHoursNormal\n        complaintResolutionHoursMajor\n      }\n      targetsInForce {\n        key\n        value\n        unit\n        source\n      }\n      outletTargets {\n        outletId\n        outletCode\n        version\n        targets {\n          responseMinutesUrgent\n          responseMinutesHigh\n          responseMinutesNormal\n          responseMinutesLow\n          arrivalHours\n          resolutionHours\n          returnVisitDays\n          repeatRepairWindowDays\n          complaintAcknowledgementHours\n          complaintResolutionHoursNormal\n          complaintResolutionHoursMajor\n        }\n      }\n    }\n    calendarDays(year: $year) {\n      date\n      kind\n      name\n    }\n    outlets {\n      id\n      code\n      name\n    }\n  }\n": typeof types.AdminSettingsDocument,
    "\n  mutation UpdateOrganisationSettings($input: UpdateOrganisationSettingsInput!) {\n    updateOrganisationSettings(input: $input) {\n      version\n    }\n  }\n": typeof types.UpdateOrganisationSettingsDocument,
    "\n  mutation SetOutletTargets($input: SetOutletTargetsInput!) {\n    setOutletTargets(input: $input) {\n      version\n    }\n  }\n": typeof types.SetOutletTargetsDocument,
    "\n  mutation SetCalendarDays($input: SetCalendarDaysInput!) {\n    setCalendarDays(input: $input) {\n      version\n    }\n  }\n": typeof types.SetCalendarDaysDocument,
    "\n  query AdminSurveyTemplates {\n    surveyTemplates(includeInactive: true) {\n      id\n      code\n      name\n      version\n      active\n      createdAt\n      factors {\n        key\n        labelZh\n        labelEn\n        weight\n      }\n    }\n  }\n": typeof types.AdminSurveyTemplatesDocument,
    "\n  mutation CreateSurveyTemplate($input: CreateSurveyTemplateInput!) {\n    createSurveyTemplate(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CreateSurveyTemplateDocument,
    "\n  query ServiceRequestStats($filter: ServiceRequestFilter) {\n    serviceRequestStats(filter: $filter) {\n      total\n      byStatus {\n        status\n        count\n      }\n      byMonth {\n        month\n        count\n      }\n    }\n  }\n": typeof types.ServiceRequestStatsDocument,
    "\n  query PortalOrganisation($orgCode: String!) {\n    portalOrganisation(orgCode: $orgCode) {\n      code\n      name\n      today\n      products {\n        id\n        model\n        name\n      }\n      outlets {\n        id\n        name\n        city\n        address\n      }\n    }\n  }\n": typeof types.PortalOrganisationDocument,
    "\n  mutation SubmitPortalRequest($orgCode: String!, $input: SubmitPortalRequestInput!) {\n    submitPortalRequest(orgCode: $orgCode, input: $input) {\n      code\n      status\n      statusLabel\n    }\n  }\n": typeof types.SubmitPortalRequestDocument,
    "\n  query TrackPortalRequest($orgCode: String!, $code: String!, $phone: String!) {\n    trackPortalRequest(orgCode: $orgCode, code: $code, phone: $phone) {\n      code\n      type\n      status\n      statusLabel\n      reportedAt\n      product\n      technicianName\n      appointment {\n        from\n        to\n      }\n      timeline {\n        at\n        status\n        label\n      }\n    }\n  }\n": typeof types.TrackPortalRequestDocument,
    "\n  query PortalDocuments($orgCode: String!, $types: [PublishedDocumentType!]) {\n    portalDocuments(orgCode: $orgCode, types: $types) {\n      id\n      type\n      code\n      title\n      version\n      publishedAt\n      body\n      downloadUrl\n    }\n  }\n": typeof types.PortalDocumentsDocument,
    "\n  query SurveyByToken($token: String!) {\n    surveyByToken(token: $token) {\n      state\n      message\n      organisationName\n      requestCode\n      expiresAt\n      questions {\n        name\n        factors {\n          key\n          label\n        }\n        overallMin\n        overallMax\n        recommendMin\n        recommendMax\n        commentMaxLength\n      }\n    }\n  }\n": typeof types.SurveyByTokenDocument,
    "\n  mutation SubmitSurveyResponse($token: String!, $answers: SurveyAnswersInput!) {\n    submitSurveyResponse(token: $token, answers: $answers) {\n      state\n      message\n    }\n  }\n": typeof types.SubmitSurveyResponseDocument,
    "\n  mutation CreateServiceRequest($input: CreateServiceRequestInput!) {\n    createServiceRequest(input: $input) {\n      id\n      code\n      status\n      reportedAt\n    }\n  }\n": typeof types.CreateServiceRequestDocument,
    "\n  query Outlets {\n    outlets {\n      id\n      code\n      name\n      kind\n      city\n      regionName\n    }\n  }\n": typeof types.OutletsDocument,
    "\n  query Products {\n    products {\n      id\n      model\n      name\n      category\n      warrantyMonths\n    }\n  }\n": typeof types.ProductsDocument,
    "\n  query ServiceRequests($first: Int!, $after: String, $filter: ServiceRequestFilter) {\n    serviceRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          type\n          channel\n          priority\n          status\n          warrantyStatus\n          reportedAt\n          serialNo\n          customer {\n            id\n            name\n            phone\n          }\n          product {\n            id\n            model\n            name\n          }\n          outlet {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ServiceRequestsDocument,
};
const documents: Documents = {
    "query Organisations {\n  organisations {\n    id\n    code\n    name\n    timeZone\n  }\n}": types.OrganisationsDocument,
    "\n  mutation ImportRecords($files: [ImportFileInput!]!, $update: Boolean) {\n    importRecords(files: $files, update: $update) {\n      accepted\n      counts {\n        type\n        inserted\n        updated\n      }\n      problems {\n        file\n        row\n        column\n        code\n        message\n        severity\n      }\n    }\n  }\n": types.ImportRecordsDocument,
    "\n  query AdminOutlets($filter: OutletFilter) {\n    outlets(filter: $filter) {\n      id\n      code\n      name\n      kind\n      city\n      address\n      coverage\n      regionId\n      regionName\n      active\n      version\n    }\n    regions {\n      id\n      name\n    }\n  }\n": types.AdminOutletsDocument,
    "\n  mutation CreateOutlet($input: CreateOutletInput!) {\n    createOutlet(input: $input) {\n      id\n    }\n  }\n": types.CreateOutletDocument,
    "\n  mutation UpdateOutlet($input: UpdateOutletInput!) {\n    updateOutlet(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateOutletDocument,
    "\n  query AdminProducts($filter: ProductFilter) {\n    products(filter: $filter) {\n      id\n      model\n      name\n      category\n      warrantyMonths\n      hazardous\n      active\n      version\n    }\n  }\n": types.AdminProductsDocument,
    "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n    }\n  }\n": types.CreateProductDocument,
    "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateProductDocument,
    "\n  query AdminSpareParts {\n    spareParts {\n      id\n      partNo\n      name\n      price\n      unitCost\n      stock {\n        outletId\n        outletCode\n        quantity\n      }\n    }\n    outlets {\n      id\n      code\n      name\n    }\n  }\n": types.AdminSparePartsDocument,
    "\n  mutation CreateSparePart($input: CreateSparePartInput!) {\n    createSparePart(input: $input) {\n      id\n    }\n  }\n": types.CreateSparePartDocument,
    "\n  mutation ReceiveStock($input: ReceiveStockInput!) {\n    receiveStock(input: $input) {\n      id\n    }\n  }\n": types.ReceiveStockDocument,
    "\n  query AdminStaff($includeInactive: Boolean!, $from: String) {\n    staff(includeInactive: $includeInactive) {\n      id\n      login\n      name\n      role\n      phone\n      outletIds\n      active\n      version\n      trainingHours(from: $from)\n      qualifications {\n        id\n        certificateTypeLabel\n        validToday\n      }\n    }\n    outlets {\n      id\n      code\n      name\n    }\n  }\n": types.AdminStaffDocument,
    "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      id\n    }\n  }\n": types.CreateStaffDocument,
    "\n  mutation UpdateStaff($input: UpdateStaffInput!) {\n    updateStaff(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateStaffDocument,
    "\n  query AdminQualifications($after: String) {\n    qualifications(first: 100, after: $after) {\n      edges {\n        node {\n          id\n          certificateType\n          certificateTypeLabel\n          certificateNo\n          title\n          issuer\n          validFrom\n          validUntil\n          validToday\n          staff {\n            id\n            name\n            login\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminQualificationsDocument,
    "\n  mutation CreateQualification($input: CreateQualificationInput!) {\n    createQualification(input: $input) {\n      id\n    }\n  }\n": types.CreateQualificationDocument,
    "\n  query AdminTrainings($after: String) {\n    trainings(first: 100, after: $after) {\n      edges {\n        node {\n          id\n          course\n          date\n          hours\n          trainer\n          syllabus\n          attendeeCount\n          attendees {\n            passed\n            score\n            staff {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminTrainingsDocument,
    "\n  mutation CreateTraining($input: CreateTrainingInput!) {\n    createTraining(input: $input) {\n      id\n    }\n  }\n": types.CreateTrainingDocument,
    "\n  query StaffOptions {\n    staff {\n      id\n      login\n      name\n    }\n  }\n": types.StaffOptionsDocument,
    "\n  query AdminSettings($year: Int) {\n    organisationSettings {\n      timeZone\n      workingCalendarEnabled\n      version\n      targets {\n        responseMinutesUrgent\n        responseMinutesHigh\n        responseMinutesNormal\n        responseMinutesLow\n        arrivalHours\n        resolutionHours\n        returnVisitDays\n        repeatRepairWindowDays\n        complaintAcknowledgementHours\n        complaintResolutionHoursNormal\n        complaintResolutionHoursMajor\n      }\n      targetsInForce {\n        key\n        value\n        unit\n        source\n      }\n      outletTargets {\n        outletId\n        outletCode\n        version\n        targets {\n          responseMinutesUrgent\n          responseMinutesHigh\n          responseMinutesNormal\n          responseMinutesLow\n          arrivalHours\n          resolutionHours\n          returnVisitDays\n          repeatRepairWindowDays\n          complaintAcknowledgementHours\n          complaintResolutionHoursNormal\n          complaintResolutionHoursMajor\n        }\n      }\n    }\n    calendarDays(year: $year) {\n      date\n      kind\n      name\n    }\n    outlets {\n      id\n      code\n      name\n    }\n  }\n": types.AdminSettingsDocument,
    "\n  mutation UpdateOrganisationSettings($input: UpdateOrganisationSettingsInput!) {\n    updateOrganisationSettings(input: $input) {\n      version\n    }\n  }\n": types.UpdateOrganisationSettingsDocument,
    "\n  mutation SetOutletTargets($input: SetOutletTargetsInput!) {\n    setOutletTargets(input: $input) {\n      version\n    }\n  }\n": types.SetOutletTargetsDocument,
    "\n  mutation SetCalendarDays($input: SetCalendarDaysInput!) {\n    setCalendarDays(input: $input) {\n      version\n    }\n  }\n": types.SetCalendarDaysDocument,
    "\n  query AdminSurveyTemplates {\n    surveyTemplates(includeInactive: true) {\n      id\n      code\n      name\n      version\n      active\n      createdAt\n      factors {\n        key\n        labelZh\n        labelEn\n        weight\n      }\n    }\n  }\n": types.AdminSurveyTemplatesDocument,
    "\n  mutation CreateSurveyTemplate($input: CreateSurveyTemplateInput!) {\n    createSurveyTemplate(input: $input) {\n      id\n      version\n    }\n  }\n": types.CreateSurveyTemplateDocument,
    "\n  query ServiceRequestStats($filter: ServiceRequestFilter) {\n    serviceRequestStats(filter: $filter) {\n      total\n      byStatus {\n        status\n        count\n      }\n      byMonth {\n        month\n        count\n      }\n    }\n  }\n": types.ServiceRequestStatsDocument,
    "\n  query PortalOrganisation($orgCode: String!) {\n    portalOrganisation(orgCode: $orgCode) {\n      code\n      name\n      today\n      products {\n        id\n        model\n        name\n      }\n      outlets {\n        id\n        name\n        city\n        address\n      }\n    }\n  }\n": types.PortalOrganisationDocument,
    "\n  mutation SubmitPortalRequest($orgCode: String!, $input: SubmitPortalRequestInput!) {\n    submitPortalRequest(orgCode: $orgCode, input: $input) {\n      code\n      status\n      statusLabel\n    }\n  }\n": types.SubmitPortalRequestDocument,
    "\n  query TrackPortalRequest($orgCode: String!, $code: String!, $phone: String!) {\n    trackPortalRequest(orgCode: $orgCode, code: $code, phone: $phone) {\n      code\n      type\n      status\n      statusLabel\n      reportedAt\n      product\n      technicianName\n      appointment {\n        from\n        to\n      }\n      timeline {\n        at\n        status\n        label\n      }\n    }\n  }\n": types.TrackPortalRequestDocument,
    "\n  query PortalDocuments($orgCode: String!, $types: [PublishedDocumentType!]) {\n    portalDocuments(orgCode: $orgCode, types: $types) {\n      id\n      type\n      code\n      title\n      version\n      publishedAt\n      body\n      downloadUrl\n    }\n  }\n": types.PortalDocumentsDocument,
    "\n  query SurveyByToken($token: String!) {\n    surveyByToken(token: $token) {\n      state\n      message\n      organisationName\n      requestCode\n      expiresAt\n      questions {\n        name\n        factors {\n          key\n          label\n        }\n        overallMin\n        overallMax\n        recommendMin\n        recommendMax\n        commentMaxLength\n      }\n    }\n  }\n": types.SurveyByTokenDocument,
    "\n  mutation SubmitSurveyResponse($token: String!, $answers: SurveyAnswersInput!) {\n    submitSurveyResponse(token: $token, answers: $answers) {\n      state\n      message\n    }\n  }\n": types.SubmitSurveyResponseDocument,
    "\n  mutation CreateServiceRequest($input: CreateServiceRequestInput!) {\n    createServiceRequest(input: $input) {\n      id\n      code\n      status\n      reportedAt\n    }\n  }\n": types.CreateServiceRequestDocument,
    "\n  query Outlets {\n    outlets {\n      id\n      code\n      name\n      kind\n      city\n      regionName\n    }\n  }\n": types.OutletsDocument,
    "\n  query Products {\n    products {\n      id\n      model\n      name\n      category\n      warrantyMonths\n    }\n  }\n": types.ProductsDocument,
    "\n  query ServiceRequests($first: Int!, $after: String, $filter: ServiceRequestFilter) {\n    serviceRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          type\n          channel\n          priority\n          status\n          warrantyStatus\n          reportedAt\n          serialNo\n          customer {\n            id\n            name\n            phone\n          }\n          product {\n            id\n            model\n            name\n          }\n          outlet {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ServiceRequestsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Organisations {\n  organisations {\n    id\n    code\n    name\n    timeZone\n  }\n}"): (typeof documents)["query Organisations {\n  organisations {\n    id\n    code\n    name\n    timeZone\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportRecords($files: [ImportFileInput!]!, $update: Boolean) {\n    importRecords(files: $files, update: $update) {\n      accepted\n      counts {\n        type\n        inserted\n        updated\n      }\n      problems {\n        file\n        row\n        column\n        code\n        message\n        severity\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportRecords($files: [ImportFileInput!]!, $update: Boolean) {\n    importRecords(files: $files, update: $update) {\n      accepted\n      counts {\n        type\n        inserted\n        updated\n      }\n      problems {\n        file\n        row\n        column\n        code\n        message\n        severity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOutlets($filter: OutletFilter) {\n    outlets(filter: $filter) {\n      id\n      code\n      name\n      kind\n      city\n      address\n      coverage\n      regionId\n      regionName\n      active\n      version\n    }\n    regions {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AdminOutlets($filter: OutletFilter) {\n    outlets(filter: $filter) {\n      id\n      code\n      name\n      kind\n      city\n      address\n      coverage\n      regionId\n      regionName\n      active\n      version\n    }\n    regions {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOutlet($input: CreateOutletInput!) {\n    createOutlet(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOutlet($input: CreateOutletInput!) {\n    createOutlet(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOutlet($input: UpdateOutletInput!) {\n    updateOutlet(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOutlet($input: UpdateOutletInput!) {\n    updateOutlet(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminProducts($filter: ProductFilter) {\n    products(filter: $filter) {\n      id\n      model\n      name\n      category\n      warrantyMonths\n      hazardous\n      active\n      version\n    }\n  }\n"): (typeof documents)["\n  query AdminProducts($filter: ProductFilter) {\n    products(filter: $filter) {\n      id\n      model\n      name\n      category\n      warrantyMonths\n      hazardous\n      active\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSpareParts {\n    spareParts {\n      id\n      partNo\n      name\n      price\n      unitCost\n      stock {\n        outletId\n        outletCode\n        quantity\n      }\n    }\n    outlets {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query AdminSpareParts {\n    spareParts {\n      id\n      partNo\n      name\n      price\n      unitCost\n      stock {\n        outletId\n        outletCode\n        quantity\n      }\n    }\n    outlets {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSparePart($input: CreateSparePartInput!) {\n    createSparePart(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSparePart($input: CreateSparePartInput!) {\n    createSparePart(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceiveStock($input: ReceiveStockInput!) {\n    receiveStock(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReceiveStock($input: ReceiveStockInput!) {\n    receiveStock(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminStaff($includeInactive: Boolean!, $from: String) {\n    staff(includeInactive: $includeInactive) {\n      id\n      login\n      name\n      role\n      phone\n      outletIds\n      active\n      version\n      trainingHours(from: $from)\n      qualifications {\n        id\n        certificateTypeLabel\n        validToday\n      }\n    }\n    outlets {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query AdminStaff($includeInactive: Boolean!, $from: String) {\n    staff(includeInactive: $includeInactive) {\n      id\n      login\n      name\n      role\n      phone\n      outletIds\n      active\n      version\n      trainingHours(from: $from)\n      qualifications {\n        id\n        certificateTypeLabel\n        validToday\n      }\n    }\n    outlets {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStaff($input: UpdateStaffInput!) {\n    updateStaff(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStaff($input: UpdateStaffInput!) {\n    updateStaff(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminQualifications($after: String) {\n    qualifications(first: 100, after: $after) {\n      edges {\n        node {\n          id\n          certificateType\n          certificateTypeLabel\n          certificateNo\n          title\n          issuer\n          validFrom\n          validUntil\n          validToday\n          staff {\n            id\n            name\n            login\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminQualifications($after: String) {\n    qualifications(first: 100, after: $after) {\n      edges {\n        node {\n          id\n          certificateType\n          certificateTypeLabel\n          certificateNo\n          title\n          issuer\n          validFrom\n          validUntil\n          validToday\n          staff {\n            id\n            name\n            login\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQualification($input: CreateQualificationInput!) {\n    createQualification(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateQualification($input: CreateQualificationInput!) {\n    createQualification(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTrainings($after: String) {\n    trainings(first: 100, after: $after) {\n      edges {\n        node {\n          id\n          course\n          date\n          hours\n          trainer\n          syllabus\n          attendeeCount\n          attendees {\n            passed\n            score\n            staff {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminTrainings($after: String) {\n    trainings(first: 100, after: $after) {\n      edges {\n        node {\n          id\n          course\n          date\n          hours\n          trainer\n          syllabus\n          attendeeCount\n          attendees {\n            passed\n            score\n            staff {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTraining($input: CreateTrainingInput!) {\n    createTraining(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTraining($input: CreateTrainingInput!) {\n    createTraining(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffOptions {\n    staff {\n      id\n      login\n      name\n    }\n  }\n"): (typeof documents)["\n  query StaffOptions {\n    staff {\n      id\n      login\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSettings($year: Int) {\n    organisationSettings {\n      timeZone\n      workingCalendarEnabled\n      version\n      targets {\n        responseMinutesUrgent\n        responseMinutesHigh\n        responseMinutesNormal\n        responseMinutesLow\n        arrivalHours\n        resolutionHours\n        returnVisitDays\n        repeatRepairWindowDays\n        complaintAcknowledgementHours\n        complaintResolutionHoursNormal\n        complaintResolutionHoursMajor\n      }\n      targetsInForce {\n        key\n        value\n        unit\n        source\n      }\n      outletTargets {\n        outletId\n        outletCode\n        version\n        targets {\n          responseMinutesUrgent\n          responseMinutesHigh\n          responseMinutesNormal\n          responseMinutesLow\n          arrivalHours\n          resolutionHours\n          returnVisitDays\n          repeatRepairWindowDays\n          complaintAcknowledgementHours\n          complaintResolutionHoursNormal\n          complaintResolutionHoursMajor\n        }\n      }\n    }\n    calendarDays(year: $year) {\n      date\n      kind\n      name\n    }\n    outlets {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query AdminSettings($year: Int) {\n    organisationSettings {\n      timeZone\n      workingCalendarEnabled\n      version\n      targets {\n        responseMinutesUrgent\n        responseMinutesHigh\n        responseMinutesNormal\n        responseMinutesLow\n        arrivalHours\n        resolutionHours\n        returnVisitDays\n        repeatRepairWindowDays\n        complaintAcknowledgementHours\n        complaintResolutionHoursNormal\n        complaintResolutionHoursMajor\n      }\n      targetsInForce {\n        key\n        value\n        unit\n        source\n      }\n      outletTargets {\n        outletId\n        outletCode\n        version\n        targets {\n          responseMinutesUrgent\n          responseMinutesHigh\n          responseMinutesNormal\n          responseMinutesLow\n          arrivalHours\n          resolutionHours\n          returnVisitDays\n          repeatRepairWindowDays\n          complaintAcknowledgementHours\n          complaintResolutionHoursNormal\n          complaintResolutionHoursMajor\n        }\n      }\n    }\n    calendarDays(year: $year) {\n      date\n      kind\n      name\n    }\n    outlets {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisationSettings($input: UpdateOrganisationSettingsInput!) {\n    updateOrganisationSettings(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisationSettings($input: UpdateOrganisationSettingsInput!) {\n    updateOrganisationSettings(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOutletTargets($input: SetOutletTargetsInput!) {\n    setOutletTargets(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SetOutletTargets($input: SetOutletTargetsInput!) {\n    setOutletTargets(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCalendarDays($input: SetCalendarDaysInput!) {\n    setCalendarDays(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SetCalendarDays($input: SetCalendarDaysInput!) {\n    setCalendarDays(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSurveyTemplates {\n    surveyTemplates(includeInactive: true) {\n      id\n      code\n      name\n      version\n      active\n      createdAt\n      factors {\n        key\n        labelZh\n        labelEn\n        weight\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminSurveyTemplates {\n    surveyTemplates(includeInactive: true) {\n      id\n      code\n      name\n      version\n      active\n      createdAt\n      factors {\n        key\n        labelZh\n        labelEn\n        weight\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSurveyTemplate($input: CreateSurveyTemplateInput!) {\n    createSurveyTemplate(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSurveyTemplate($input: CreateSurveyTemplateInput!) {\n    createSurveyTemplate(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceRequestStats($filter: ServiceRequestFilter) {\n    serviceRequestStats(filter: $filter) {\n      total\n      byStatus {\n        status\n        count\n      }\n      byMonth {\n        month\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceRequestStats($filter: ServiceRequestFilter) {\n    serviceRequestStats(filter: $filter) {\n      total\n      byStatus {\n        status\n        count\n      }\n      byMonth {\n        month\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalOrganisation($orgCode: String!) {\n    portalOrganisation(orgCode: $orgCode) {\n      code\n      name\n      today\n      products {\n        id\n        model\n        name\n      }\n      outlets {\n        id\n        name\n        city\n        address\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalOrganisation($orgCode: String!) {\n    portalOrganisation(orgCode: $orgCode) {\n      code\n      name\n      today\n      products {\n        id\n        model\n        name\n      }\n      outlets {\n        id\n        name\n        city\n        address\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitPortalRequest($orgCode: String!, $input: SubmitPortalRequestInput!) {\n    submitPortalRequest(orgCode: $orgCode, input: $input) {\n      code\n      status\n      statusLabel\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitPortalRequest($orgCode: String!, $input: SubmitPortalRequestInput!) {\n    submitPortalRequest(orgCode: $orgCode, input: $input) {\n      code\n      status\n      statusLabel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackPortalRequest($orgCode: String!, $code: String!, $phone: String!) {\n    trackPortalRequest(orgCode: $orgCode, code: $code, phone: $phone) {\n      code\n      type\n      status\n      statusLabel\n      reportedAt\n      product\n      technicianName\n      appointment {\n        from\n        to\n      }\n      timeline {\n        at\n        status\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrackPortalRequest($orgCode: String!, $code: String!, $phone: String!) {\n    trackPortalRequest(orgCode: $orgCode, code: $code, phone: $phone) {\n      code\n      type\n      status\n      statusLabel\n      reportedAt\n      product\n      technicianName\n      appointment {\n        from\n        to\n      }\n      timeline {\n        at\n        status\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalDocuments($orgCode: String!, $types: [PublishedDocumentType!]) {\n    portalDocuments(orgCode: $orgCode, types: $types) {\n      id\n      type\n      code\n      title\n      version\n      publishedAt\n      body\n      downloadUrl\n    }\n  }\n"): (typeof documents)["\n  query PortalDocuments($orgCode: String!, $types: [PublishedDocumentType!]) {\n    portalDocuments(orgCode: $orgCode, types: $types) {\n      id\n      type\n      code\n      title\n      version\n      publishedAt\n      body\n      downloadUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyByToken($token: String!) {\n    surveyByToken(token: $token) {\n      state\n      message\n      organisationName\n      requestCode\n      expiresAt\n      questions {\n        name\n        factors {\n          key\n          label\n        }\n        overallMin\n        overallMax\n        recommendMin\n        recommendMax\n        commentMaxLength\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyByToken($token: String!) {\n    surveyByToken(token: $token) {\n      state\n      message\n      organisationName\n      requestCode\n      expiresAt\n      questions {\n        name\n        factors {\n          key\n          label\n        }\n        overallMin\n        overallMax\n        recommendMin\n        recommendMax\n        commentMaxLength\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSurveyResponse($token: String!, $answers: SurveyAnswersInput!) {\n    submitSurveyResponse(token: $token, answers: $answers) {\n      state\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitSurveyResponse($token: String!, $answers: SurveyAnswersInput!) {\n    submitSurveyResponse(token: $token, answers: $answers) {\n      state\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateServiceRequest($input: CreateServiceRequestInput!) {\n    createServiceRequest(input: $input) {\n      id\n      code\n      status\n      reportedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateServiceRequest($input: CreateServiceRequestInput!) {\n    createServiceRequest(input: $input) {\n      id\n      code\n      status\n      reportedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outlets {\n    outlets {\n      id\n      code\n      name\n      kind\n      city\n      regionName\n    }\n  }\n"): (typeof documents)["\n  query Outlets {\n    outlets {\n      id\n      code\n      name\n      kind\n      city\n      regionName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Products {\n    products {\n      id\n      model\n      name\n      category\n      warrantyMonths\n    }\n  }\n"): (typeof documents)["\n  query Products {\n    products {\n      id\n      model\n      name\n      category\n      warrantyMonths\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceRequests($first: Int!, $after: String, $filter: ServiceRequestFilter) {\n    serviceRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          type\n          channel\n          priority\n          status\n          warrantyStatus\n          reportedAt\n          serialNo\n          customer {\n            id\n            name\n            phone\n          }\n          product {\n            id\n            model\n            name\n          }\n          outlet {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceRequests($first: Int!, $after: String, $filter: ServiceRequestFilter) {\n    serviceRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          type\n          channel\n          priority\n          status\n          warrantyStatus\n          reportedAt\n          serialNo\n          customer {\n            id\n            name\n            phone\n          }\n          product {\n            id\n            model\n            name\n          }\n          outlet {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;