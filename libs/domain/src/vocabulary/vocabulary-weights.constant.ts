// A short form (UPS, PSA, 空滤) names its full form most of the time, but an acronym is shared by unrelated
// trades more often than a full Chinese name is (PSA is also a prostate test; IDS also an ID system), so a
// match found only through a short form counts a tenth less than one through the full name.
export const ABBREVIATION_SENSE_WEIGHT = 0.9;

// A full name or an equivalent names the concept itself.
export const EQUIVALENT_SENSE_WEIGHT = 1;
