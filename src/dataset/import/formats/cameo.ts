/**
 * CAMEO's twenty root event categories (the Conflict and Mediation Event Observations codebook,
 * version 1.1b3, which GDELT codes its events in), by root code: GDELT's EventRootCode. Its four
 * quad classes group them as verbal or material, cooperation or conflict.
 */
export const CAMEO_ROOTS: ReadonlyMap<string, string> = new Map([
  ['01', 'Make public statement'],
  ['02', 'Appeal'],
  ['03', 'Express intent to cooperate'],
  ['04', 'Consult'],
  ['05', 'Engage in diplomatic cooperation'],
  ['06', 'Engage in material cooperation'],
  ['07', 'Provide aid'],
  ['08', 'Yield'],
  ['09', 'Investigate'],
  ['10', 'Demand'],
  ['11', 'Disapprove'],
  ['12', 'Reject'],
  ['13', 'Threaten'],
  ['14', 'Protest'],
  ['15', 'Exhibit force posture'],
  ['16', 'Reduce relations'],
  ['17', 'Coerce'],
  ['18', 'Assault'],
  ['19', 'Fight'],
  ['20', 'Use unconventional mass violence'],
])

export const QUAD_CLASSES: ReadonlyMap<string, string> = new Map([
  ['1', 'verbal cooperation'],
  ['2', 'material cooperation'],
  ['3', 'verbal conflict'],
  ['4', 'material conflict'],
])
