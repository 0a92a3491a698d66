// Location facts as compact strings, parsed once on first use: this module ships in the content
// script (40 KB budget), so no object literals per country. Written from ISO 3166-1/-2, not copied.

/**
 * Every ISO 3166-1 country (plus Kosovo, XK): "ISO2 ISO3 Name/alias/alias", separated by "|".
 * The first name is the English short name we display; aliases are other names people write.
 */
export const COUNTRIES =
  'AD AND Andorra|AE ARE United Arab Emirates/UAE/Emirates|AF AFG Afghanistan|AG ATG Antigua and Barbuda|AI AIA Anguilla|' +
  'AL ALB Albania|AM ARM Armenia|AO AGO Angola|AQ ATA Antarctica|AR ARG Argentina|AS ASM American Samoa|' +
  'AT AUT Austria/Österreich|AU AUS Australia|AW ABW Aruba|AX ALA Åland Islands/Aland|AZ AZE Azerbaijan|' +
  'BA BIH Bosnia and Herzegovina/Bosnia|BB BRB Barbados|BD BGD Bangladesh|BE BEL Belgium/België/Belgique|' +
  'BF BFA Burkina Faso|BG BGR Bulgaria|BH BHR Bahrain|BI BDI Burundi|BJ BEN Benin|BL BLM Saint Barthélemy/St Barths|' +
  'BM BMU Bermuda|BN BRN Brunei/Brunei Darussalam|BO BOL Bolivia|BQ BES Caribbean Netherlands/Bonaire|BR BRA Brazil/Brasil|' +
  'BS BHS Bahamas|BT BTN Bhutan|BV BVT Bouvet Island|BW BWA Botswana|BY BLR Belarus|BZ BLZ Belize|CA CAN Canada|' +
  'CC CCK Cocos (Keeling) Islands/Cocos Islands|CD COD DR Congo/Democratic Republic of the Congo/DRC/Congo-Kinshasa|' +
  'CF CAF Central African Republic|CG COG Congo/Republic of the Congo/Congo-Brazzaville|CH CHE Switzerland/Schweiz/Suisse/Svizzera|' +
  "CI CIV Côte d'Ivoire/Ivory Coast|CK COK Cook Islands|CL CHL Chile|CM CMR Cameroon|CN CHN China/PRC/People's Republic of China/Mainland China|" +
  'CO COL Colombia|CR CRI Costa Rica|CU CUB Cuba|CV CPV Cape Verde/Cabo Verde|CW CUW Curaçao|CX CXR Christmas Island|' +
  'CY CYP Cyprus|CZ CZE Czechia/Czech Republic|DE DEU Germany/Deutschland|DJ DJI Djibouti|DK DNK Denmark/Danmark|' +
  'DM DMA Dominica|DO DOM Dominican Republic|DZ DZA Algeria|EC ECU Ecuador|EE EST Estonia|EG EGY Egypt|EH ESH Western Sahara|' +
  'ER ERI Eritrea|ES ESP Spain/España|ET ETH Ethiopia|FI FIN Finland/Suomi|FJ FJI Fiji|FK FLK Falkland Islands|' +
  'FM FSM Micronesia/Federated States of Micronesia|FO FRO Faroe Islands|FR FRA France|GA GAB Gabon|' +
  'GB GBR United Kingdom/UK/Great Britain/Britain/England/Scotland/Wales/Northern Ireland|GD GRD Grenada|GE GEO Georgia|' +
  'GF GUF French Guiana|GG GGY Guernsey|GH GHA Ghana|GI GIB Gibraltar|GL GRL Greenland|GM GMB Gambia|GN GIN Guinea|' +
  'GP GLP Guadeloupe|GQ GNQ Equatorial Guinea|GR GRC Greece|GS SGS South Georgia and the South Sandwich Islands|' +
  'GT GTM Guatemala|GU GUM Guam|GW GNB Guinea-Bissau|GY GUY Guyana|HK HKG Hong Kong/Hong Kong SAR|' +
  'HM HMD Heard Island and McDonald Islands|HN HND Honduras|HR HRV Croatia|HT HTI Haiti|HU HUN Hungary|ID IDN Indonesia|' +
  'IE IRL Ireland/Republic of Ireland/Éire|IL ISR Israel|IM IMN Isle of Man|IN IND India|IO IOT British Indian Ocean Territory|' +
  'IQ IRQ Iraq|IR IRN Iran|IS ISL Iceland|IT ITA Italy/Italia|JE JEY Jersey|JM JAM Jamaica|JO JOR Jordan|JP JPN Japan|' +
  'KE KEN Kenya|KG KGZ Kyrgyzstan|KH KHM Cambodia|KI KIR Kiribati|KM COM Comoros|KN KNA Saint Kitts and Nevis/St Kitts and Nevis|' +
  "KP PRK North Korea/DPRK|KR KOR South Korea/Korea/Republic of Korea|KW KWT Kuwait|KY CYM Cayman Islands|KZ KAZ Kazakhstan|" +
  'LA LAO Laos/Lao PDR|LB LBN Lebanon|LC LCA Saint Lucia/St Lucia|LI LIE Liechtenstein|LK LKA Sri Lanka|LR LBR Liberia|' +
  'LS LSO Lesotho|LT LTU Lithuania|LU LUX Luxembourg|LV LVA Latvia|LY LBY Libya|MA MAR Morocco|MC MCO Monaco|' +
  'MD MDA Moldova|ME MNE Montenegro|MF MAF Saint Martin|MG MDG Madagascar|MH MHL Marshall Islands|MK MKD North Macedonia/Macedonia|' +
  'ML MLI Mali|MM MMR Myanmar/Burma|MN MNG Mongolia|MO MAC Macao/Macau|MP MNP Northern Mariana Islands|MQ MTQ Martinique|' +
  'MR MRT Mauritania|MS MSR Montserrat|MT MLT Malta|MU MUS Mauritius|MV MDV Maldives|MW MWI Malawi|MX MEX Mexico|' +
  'MY MYS Malaysia|MZ MOZ Mozambique|NA NAM Namibia|NC NCL New Caledonia|NE NER Niger|NF NFK Norfolk Island|NG NGA Nigeria|' +
  'NI NIC Nicaragua|NL NLD Netherlands/Holland/Nederland|NO NOR Norway/Norge|NP NPL Nepal|NR NRU Nauru|NU NIU Niue|' +
  'NZ NZL New Zealand/Aotearoa|OM OMN Oman|PA PAN Panama|PE PER Peru|PF PYF French Polynesia|PG PNG Papua New Guinea|' +
  'PH PHL Philippines|PK PAK Pakistan|PL POL Poland/Polska|PM SPM Saint Pierre and Miquelon|PN PCN Pitcairn Islands/Pitcairn|' +
  'PR PRI Puerto Rico|PS PSE Palestine/State of Palestine|PT PRT Portugal|PW PLW Palau|PY PRY Paraguay|QA QAT Qatar|' +
  'RE REU Réunion|RO ROU Romania|RS SRB Serbia|RU RUS Russia/Russian Federation|RW RWA Rwanda|SA SAU Saudi Arabia/KSA|' +
  'SB SLB Solomon Islands|SC SYC Seychelles|SD SDN Sudan|SE SWE Sweden/Sverige|SG SGP Singapore|SH SHN Saint Helena|' +
  'SI SVN Slovenia|SJ SJM Svalbard and Jan Mayen|SK SVK Slovakia|SL SLE Sierra Leone|SM SMR San Marino|SN SEN Senegal|' +
  'SO SOM Somalia|SR SUR Suriname|SS SSD South Sudan|ST STP São Tomé and Príncipe|SV SLV El Salvador|SX SXM Sint Maarten|' +
  'SY SYR Syria|SZ SWZ Eswatini/Swaziland|TC TCA Turks and Caicos Islands|TD TCD Chad|TF ATF French Southern Territories|' +
  'TG TGO Togo|TH THA Thailand|TJ TJK Tajikistan|TK TKL Tokelau|TL TLS Timor-Leste/East Timor|TM TKM Turkmenistan|' +
  'TN TUN Tunisia|TO TON Tonga|TR TUR Türkiye/Turkey|TT TTO Trinidad and Tobago|TV TUV Tuvalu|TW TWN Taiwan|TZ TZA Tanzania|' +
  'UA UKR Ukraine|UG UGA Uganda|UM UMI United States Minor Outlying Islands|' +
  'US USA United States/United States of America/U.S./U.S.A./US of A|UY URY Uruguay|UZ UZB Uzbekistan|' +
  'VA VAT Vatican City/Holy See/Vatican|VC VCT Saint Vincent and the Grenadines|VE VEN Venezuela|' +
  'VG VGB British Virgin Islands/BVI|VI VIR U.S. Virgin Islands|VN VNM Vietnam/Viet Nam|VU VUT Vanuatu|WF WLF Wallis and Futuna|' +
  'WS WSM Samoa|XK XKX Kosovo|YE YEM Yemen|YT MYT Mayotte|ZA ZAF South Africa|ZM ZMB Zambia|ZW ZWE Zimbabwe';

/**
 * Sales regions as runs of ISO-2 codes. Decisions: North America is US + CA (+ BM, PM); Mexico,
 * Central America and the Caribbean are LATAM; Europe includes Türkiye, Cyprus and the South
 * Caucasus; MENA follows the World Bank list minus Malta; Central Asia sits in EMEA (the CIS is
 * usually run from there); Greenland and the Faroes count as Nordics; APAC is East, South-East and
 * South Asia plus Oceania. EMEA = Europe + MENA + the codes under "emea".
 */
export const REGION_CODES: Record<string, string> = {
  'north-america': 'USCABMPM',
  latam: 'AGAIARAWBBBLBOBQBRBSBZCLCOCRCUCWDMDOECFKGDGFGPGTGYHNHTJMKNKYLCMFMQMSMXNIPAPEPRPYSRSVSXTCTTUYVCVEVGVI',
  europe: 'ADALAMATAXAZBABEBGBYCHCYCZDEDKEEESFIFOFRGBGEGGGIGLGRHRHUIEIMISITJELILTLULVMCMDMEMKMTNLNOPLPTRORSRUSESISJSKSMTRUAVAXK',
  'uk-ireland': 'GBIEIMJEGG',
  dach: 'DEATCHLI',
  nordics: 'DKFIISNOSEFOAXGLSJ',
  mena: 'AEBHDJDZEGEHILIQIRJOKWLBLYMAOMPSQASASYTNYE',
  emea: 'AOBFBIBJBWCDCFCGCICMCVERETGAGHGMGNGQGWKEKMLRLSMGMLMRMUMWMZNANENGRERWSCSDSHSLSNSOSSSTSZTDTGTZUGYTZAZMZWKZKGTJTMUZ',
  apac: 'AFASAUBDBNBTCCCKCNCXFJFMGUHKIDINJPKHKIKPKRLALKMHMMMNMOMPMVMYNCNFNPNRNUNZPFPGPHPKPNPWSBSGTHTKTLTOTVTWUMVNVUWFWS',
  anz: 'AUNZ',
};
