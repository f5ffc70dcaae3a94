export {
  deriveFacts,
  FACT_KEYS,
  FACTS,
  isFactKey,
  ZFacts,
  type TEnumValue,
  type TFactDef,
  type TFactKey,
  type TFacts,
  type TFactType,
  type TFactValue,
} from "./facts";
export {
  InvalidRuleError,
  OPS,
  opsFor,
  validateRule,
  ZRule,
  type TCondition,
  type TOp,
  type TRule,
  type TRuleError,
  type TRuleValue,
  type TScalar,
  type TValidateResult,
} from "./rule";
export {
  compileRule,
  explain,
  type TConditionReport,
  type TEvaluator,
  type TExplanation,
  type TOutcome,
  type TResult,
} from "./evaluate";
export { factsFromProfile, type TProfileForFacts } from "./profile-facts";
export {
  answerToInput,
  askedAs,
  nextQuestion,
  openQuestions,
  parseAnswer,
  type TAnswerError,
  type TOpenVerdict,
  type TParsedAnswer,
  type TQuestionnaireState,
} from "./questionnaire";
