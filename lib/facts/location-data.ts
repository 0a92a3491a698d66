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

/**
 * States, provinces and Länder: "CC:CODE Name/alias,CODE Name" groups separated by ";". The code is
 * what we report as `state`. A "*" after the country means its codes are never read from text
 * (Indian codes collide with too many others; LinkedIn writes Indian states out in full).
 */
export const SUBDIVISIONS =
  'US:AL Alabama,AK Alaska,AZ Arizona,AR Arkansas,CA California,CO Colorado,CT Connecticut,DE Delaware,' +
  'DC District of Columbia,FL Florida,GA Georgia,HI Hawaii,ID Idaho,IL Illinois,IN Indiana,IA Iowa,KS Kansas,' +
  'KY Kentucky,LA Louisiana,ME Maine,MD Maryland,MA Massachusetts,MI Michigan,MN Minnesota,MS Mississippi,' +
  'MO Missouri,MT Montana,NE Nebraska,NV Nevada,NH New Hampshire,NJ New Jersey,NM New Mexico,NY New York,' +
  'NC North Carolina,ND North Dakota,OH Ohio,OK Oklahoma,OR Oregon,PA Pennsylvania,RI Rhode Island,' +
  'SC South Carolina,SD South Dakota,TN Tennessee,TX Texas,UT Utah,VT Vermont,VA Virginia,WA Washington,' +
  'WV West Virginia,WI Wisconsin,WY Wyoming;' +
  'CA:AB Alberta,BC British Columbia,MB Manitoba,NB New Brunswick,NL Newfoundland and Labrador/Newfoundland,' +
  'NS Nova Scotia,NT Northwest Territories,NU Nunavut,ON Ontario,PE Prince Edward Island,QC Quebec/Québec,' +
  'SK Saskatchewan,YT Yukon;' +
  'AU:ACT Australian Capital Territory,NSW New South Wales,NT Northern Territory,QLD Queensland,' +
  'SA South Australia,TAS Tasmania,VIC Victoria,WA Western Australia;' +
  'DE:BW Baden-Württemberg/Baden-Wuerttemberg,BY Bavaria/Bayern,BE Berlin,BB Brandenburg,HB Bremen,HH Hamburg,' +
  'HE Hesse/Hessen,MV Mecklenburg-Vorpommern/Mecklenburg-Western Pomerania,NI Lower Saxony/Niedersachsen,' +
  'NW North Rhine-Westphalia/Nordrhein-Westfalen/NRW,RP Rhineland-Palatinate/Rheinland-Pfalz,SL Saarland,' +
  'SN Saxony/Sachsen,ST Saxony-Anhalt/Sachsen-Anhalt,SH Schleswig-Holstein,TH Thuringia/Thüringen;' +
  'GB:ENG England,SCT Scotland,WLS Wales,NIR Northern Ireland;' +
  'IN*:AP Andhra Pradesh,AS Assam,BR Bihar,CH Chandigarh,DL Delhi/NCT of Delhi,GA Goa,GJ Gujarat,HR Haryana,' +
  'KA Karnataka,KL Kerala,MH Maharashtra,MP Madhya Pradesh,OD Odisha/Orissa,PB Punjab,RJ Rajasthan,' +
  'TN Tamil Nadu,TG Telangana,UP Uttar Pradesh,WB West Bengal;' +
  'BR:BA Bahia,CE Ceará,DF Distrito Federal/Federal District,ES Espírito Santo,GO Goiás,MG Minas Gerais,' +
  'PE Pernambuco,PR Paraná,RJ Rio de Janeiro,RS Rio Grande do Sul,SC Santa Catarina,SP São Paulo';

/**
 * Business cities → country, "CC:City,City" groups separated by ";". A name listed here means the
 * city people mean when it is written alone ("London" → GB); a state or country written next to it
 * overrides (London, ON → CA). Names shared by two well-known cities (Cambridge, Portland,
 * Birmingham, Durham, Richmond, Halifax, Córdoba …) are deliberately left out.
 */
export const CITIES =
  'US:New York,New York City,NYC,Manhattan,Brooklyn,San Francisco,Los Angeles,Chicago,Boston,Seattle,Austin,' +
  'Denver,Atlanta,Miami,Dallas,Houston,San Diego,San Jose,Palo Alto,Menlo Park,Mountain View,Sunnyvale,' +
  'Redwood City,Santa Clara,Cupertino,Oakland,San Mateo,South San Francisco,Santa Monica,Irvine,Washington DC,' +
  'Washington D.C.,Philadelphia,Pittsburgh,Phoenix,Scottsdale,Salt Lake City,Lehi,Minneapolis,Detroit,' +
  'Nashville,Raleigh,Charlotte,Baltimore,Indianapolis,Columbus,Kansas City,St. Louis,Saint Louis,Tampa,' +
  'Orlando,Las Vegas,Sacramento,Cincinnati,Cleveland,Milwaukee,Boulder,Bellevue,Redmond,Plano,Jersey City,' +
  'Stamford,Silicon Valley;' +
  'CA:Toronto,Vancouver,Montreal,Ottawa,Calgary,Edmonton,Kitchener,Mississauga,Quebec City,Winnipeg;' +
  'GB:London,Manchester,Edinburgh,Glasgow,Bristol,Leeds,Liverpool,Oxford,Belfast,Cardiff,Brighton,Sheffield,' +
  'Nottingham,Southampton,Milton Keynes,Aberdeen,Newcastle upon Tyne;' +
  'IE:Dublin,Cork,Galway,Limerick;' +
  'DE:Berlin,Munich,München,Hamburg,Frankfurt,Frankfurt am Main,Cologne,Köln,Stuttgart,Düsseldorf,Walldorf,' +
  'Leipzig,Dresden,Hanover,Hannover,Nuremberg,Nürnberg,Freiburg,Freiburg im Breisgau,Karlsruhe,Bonn,Essen,' +
  'Dortmund,Bremen,Aachen,Darmstadt,Wiesbaden,Mainz,Mannheim,Heidelberg,Münster,Augsburg,Ingolstadt,Wolfsburg,' +
  'Potsdam,Erlangen,Herzogenaurach,Gütersloh;' +
  'AT:Vienna,Wien,Graz,Linz,Salzburg,Innsbruck;' +
  'CH:Zurich,Zürich,Geneva,Genève,Genf,Basel,Bern,Lausanne,Zug,Lucerne,Luzern,Winterthur;' +
  'FR:Paris,Lyon,Marseille,Toulouse,Nice,Nantes,Bordeaux,Lille,Strasbourg,Montpellier,Rennes,Grenoble;' +
  'NL:Amsterdam,Rotterdam,The Hague,Den Haag,Utrecht,Eindhoven,Delft;' +
  'BE:Brussels,Bruxelles,Antwerp,Antwerpen,Ghent,Gent,Leuven;' +
  'ES:Madrid,Barcelona,Valencia,Seville,Sevilla,Málaga,Bilbao;PT:Lisbon,Lisboa,Porto;' +
  'IT:Milan,Milano,Rome,Roma,Turin,Torino,Bologna,Florence,Firenze;' +
  'SE:Stockholm,Gothenburg,Göteborg,Malmö,Uppsala,Lund;NO:Oslo,Bergen,Trondheim,Stavanger;' +
  'DK:Copenhagen,København,Aarhus;FI:Helsinki,Espoo,Tampere,Oulu;IS:Reykjavik;' +
  'PL:Warsaw,Warszawa,Krakow,Wroclaw,Gdansk,Poznan;CZ:Prague,Praha,Brno;HU:Budapest;' +
  'RO:Bucharest,Cluj-Napoca;BG:Sofia;GR:Athens;HR:Zagreb;RS:Belgrade;SK:Bratislava;SI:Ljubljana;' +
  'EE:Tallinn;LV:Riga;LT:Vilnius;UA:Kyiv,Kiev,Lviv,Kharkiv;BY:Minsk;TR:Istanbul,Ankara,Izmir;GE:Tbilisi;' +
  'CY:Limassol,Nicosia;RU:Moscow;IL:Tel Aviv,Tel Aviv-Yafo,Jerusalem,Haifa,Herzliya;' +
  'AE:Dubai,Abu Dhabi;SA:Riyadh,Jeddah;QA:Doha;EG:Cairo;JO:Amman;LB:Beirut;MA:Casablanca;' +
  'ZA:Cape Town,Johannesburg,Durban,Pretoria;NG:Lagos,Abuja;KE:Nairobi;GH:Accra;RW:Kigali;' +
  'IN:Bengaluru,Bangalore,Mumbai,New Delhi,Hyderabad,Chennai,Pune,Gurgaon,Gurugram,Noida,Kolkata,' +
  'Ahmedabad,Kochi,Jaipur,Coimbatore;PK:Karachi,Lahore,Islamabad;BD:Dhaka;LK:Colombo;' +
  'CN:Beijing,Shanghai,Shenzhen,Guangzhou,Hangzhou,Chengdu;TW:Taipei,Hsinchu;' +
  'JP:Tokyo,Osaka,Kyoto,Yokohama,Fukuoka;KR:Seoul,Busan;MY:Kuala Lumpur;ID:Jakarta;TH:Bangkok;' +
  'VN:Ho Chi Minh City,Hanoi;PH:Manila,Makati,Taguig,Cebu;' +
  'AU:Sydney,Melbourne,Brisbane,Perth,Adelaide,Canberra,Gold Coast;NZ:Auckland,Wellington,Christchurch;' +
  'BR:São Paulo,Rio de Janeiro,Belo Horizonte,Curitiba,Porto Alegre,Florianópolis,Brasília,Recife,Campinas;' +
  'MX:Mexico City,Ciudad de México,CDMX,Guadalajara,Monterrey;AR:Buenos Aires;CL:Santiago;' +
  'CO:Bogotá,Medellín;PE:Lima;UY:Montevideo;EC:Quito;VE:Caracas';
