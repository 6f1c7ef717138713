import { graphql } from '../../../gql';

export const AdminSettingsDocument = graphql(`
  query AdminSettings($year: Int) {
    organisationSettings {
      timeZone
      workingCalendarEnabled
      version
      targets {
        responseMinutesUrgent
        responseMinutesHigh
        responseMinutesNormal
        responseMinutesLow
        arrivalHours
        resolutionHours
        returnVisitDays
        repeatRepairWindowDays
        complaintAcknowledgementHours
        complaintResolutionHoursNormal
        complaintResolutionHoursMajor
      }
      targetsInForce {
        key
        value
        unit
        source
      }
      outletTargets {
        outletId
        outletCode
        version
        targets {
          responseMinutesUrgent
          responseMinutesHigh
          responseMinutesNormal
          responseMinutesLow
          arrivalHours
          resolutionHours
          returnVisitDays
          repeatRepairWindowDays
          complaintAcknowledgementHours
          complaintResolutionHoursNormal
          complaintResolutionHoursMajor
        }
      }
    }
    calendarDays(year: $year) {
      date
      kind
      name
    }
    outlets {
      id
      code
      name
    }
  }
`);

export const UpdateOrganisationSettingsDocument = graphql(`
  mutation UpdateOrganisationSettings($input: UpdateOrganisationSettingsInput!) {
    updateOrganisationSettings(input: $input) {
      version
    }
  }
`);

export const SetOutletTargetsDocument = graphql(`
  mutation SetOutletTargets($input: SetOutletTargetsInput!) {
    setOutletTargets(input: $input) {
      version
    }
  }
`);

export const SetCalendarDaysDocument = graphql(`
  mutation SetCalendarDays($input: SetCalendarDaysInput!) {
    setCalendarDays(input: $input) {
      version
    }
  }
`);

export const AdminSurveyTemplatesDocument = graphql(`
  query AdminSurveyTemplates {
    surveyTemplates(includeInactive: true) {
      id
      code
      name
      version
      active
      createdAt
      factors {
        key
        labelZh
        labelEn
        weight
      }
    }
  }
`);

export const CreateSurveyTemplateDocument = graphql(`
  mutation CreateSurveyTemplate($input: CreateSurveyTemplateInput!) {
    createSurveyTemplate(input: $input) {
      id
      version
    }
  }
`);
