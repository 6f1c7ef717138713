import { graphql } from '../../../gql';

export const AssessmentsDocument = graphql(`
  query Assessments {
    assessments {
      id
      title
      periodFrom
      periodTo
      catalogVersionNo
      catalogLabel
      status
      score
      grade
      gradeName
      signedOffAt
      signedOffBy
    }
  }
`);

export const AssessmentDocument = graphql(`
  query Assessment($id: ID!) {
    assessment(id: $id) {
      id
      title
      periodFrom
      periodTo
      timeZone
      catalogVersionNo
      catalogLabel
      sampleSeed
      status
      evaluatedAt
      score
      grade
      gradeName
      applicablePoints
      actualPoints
      deductionPoints
      bonusPoints
      unassessed
      version
      signedOffAt
      signedOffBy
      specialBonus
      exclusions {
        key
        reason
      }
      specialDeductions {
        kind
        description
        correctiveActionId
      }
      categories {
        key
        nameZh
        nameEn
        applicablePoints
        actualPoints
      }
      indicators {
        key
        category
        nameZh
        nameEn
        points
        applicablePoints
        actualPoints
        evidenceCompleteness {
          withEvidence
          total
          ratio
        }
        criteria {
          key
          nameZh
          nameEn
          method
          points
          status
          applicablePoints
          actualPoints
          acceptsJudgement
          kpi
          kpiStatistic
          kpiValue
          comparator
          threshold
          documentType
          documentIds
          recordType
          populationSize
          sampled
          nonConforming
          samples {
            recordId
            conforming
            findings {
              code
              message
            }
          }
          judgement {
            outcome
            note
            evidenceLinks
            recordedAt
          }
          excluded
        }
      }
    }
  }
`);

export const AssessmentGapAnalysisDocument = graphql(`
  query AssessmentGapAnalysis($id: ID!) {
    assessmentGapAnalysis(id: $id) {
      score
      grade
      nextGrade
      pointsToNextGrade
      reachable
      scoreWithFixes
      summary
      fixes {
        criterionKey
        indicatorKey
        method
        lostPoints
        fix
        reason
        action
      }
      indicators {
        key
        category
        applicablePoints
        actualPoints
        lostPoints
        criteria {
          criterionKey
          method
          status
          lostPoints
          fix
          reason
          action
        }
      }
    }
  }
`);


export const CreateAssessmentDocument = graphql(`
  mutation CreateAssessment($input: CreateAssessmentInput!) {
    createAssessment(input: $input) {
      id
    }
  }
`);

export const EvaluateAssessmentDocument = graphql(`
  mutation EvaluateAssessment($input: AssessmentChangeInput!) {
    evaluateAssessment(input: $input) {
      id
      version
    }
  }
`);

export const RecordAssessmentJudgementDocument = graphql(`
  mutation RecordAssessmentJudgement($input: RecordAssessmentJudgementInput!) {
    recordAssessmentJudgement(input: $input) {
      id
      version
    }
  }
`);

export const ExcludeAssessmentItemDocument = graphql(`
  mutation ExcludeAssessmentItem($input: ExcludeAssessmentItemInput!) {
    excludeAssessmentItem(input: $input) {
      id
      version
    }
  }
`);

export const RemoveAssessmentExclusionDocument = graphql(`
  mutation RemoveAssessmentExclusion($input: RemoveAssessmentExclusionInput!) {
    removeAssessmentExclusion(input: $input) {
      id
      version
    }
  }
`);

export const AddSpecialDeductionDocument = graphql(`
  mutation AddSpecialDeduction($input: AddSpecialDeductionInput!) {
    addSpecialDeduction(input: $input) {
      id
      version
    }
  }
`);

export const RemoveSpecialDeductionDocument = graphql(`
  mutation RemoveSpecialDeduction($input: RemoveSpecialDeductionInput!) {
    removeSpecialDeduction(input: $input) {
      id
      version
    }
  }
`);

export const SetSpecialBonusDocument = graphql(`
  mutation SetSpecialBonus($input: SetSpecialBonusInput!) {
    setSpecialBonus(input: $input) {
      id
      version
    }
  }
`);

export const SignOffAssessmentDocument = graphql(`
  mutation SignOffAssessment($input: SignOffAssessmentInput!) {
    signOffAssessment(input: $input) {
      id
      version
    }
  }
`);

export const IndicatorCatalogVersionsDocument = graphql(`
  query IndicatorCatalogVersions {
    indicatorCatalogVersions {
      id
      versionNo
      label
      note
      createdAt
    }
  }
`);

export const IndicatorCatalogVersionDocument = graphql(`
  query IndicatorCatalogVersion($versionNo: Int) {
    indicatorCatalogVersion(versionNo: $versionNo) {
      id
      versionNo
      label
      note
      createdAt
      categories {
        key
        nameZh
        nameEn
        points
      }
      indicators {
        key
        category
        nameZh
        nameEn
        points
        criteria {
          key
          nameZh
          nameEn
          points
          method
          documentType
          kpi
          statistic
          comparator
          threshold
          recordType
          sampleSize
          checks {
            nameZh
            nameEn
          }
        }
      }
    }
  }
`);

export const CreateIndicatorCatalogVersionDocument = graphql(`
  mutation CreateIndicatorCatalogVersion($input: CreateCatalogVersionInput!) {
    createIndicatorCatalogVersion(input: $input) {
      id
      versionNo
    }
  }
`);
