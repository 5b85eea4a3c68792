/** Column roles of the indicator block (RULES §7 names); shared by the model and the mapping. */
export type IndicatorColumnRole =
  | 'level1'
  | 'level2'
  | 'name'
  | 'nature'
  | 'target'
  | 'unit'
  | 'actual'
  | 'weight'
  | 'score'
  | 'scoreCoefficient'
  | 'reason'
  | 'method';
