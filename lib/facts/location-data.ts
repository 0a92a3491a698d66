// Countries (ISO-3166 alpha-2 first, then English names and common aliases), subdivisions and
// major business cities. Compact strings, parsed once: this module ships in the content script.

export const COUNTRIES =
  'US|United States|USA|U.S.|U.S.A.|United States of America|America;CA|Canada;MX|Mexico|México;GB|United Kingdom|UK|U.K.|Great Britain|Britain|England|Scotland|Wales|Northern Ireland;' +
  'IE|Ireland|Éire;DE|Germany|Deutschland;AT|Austria|Österreich;CH|Switzerland|Schweiz|Suisse;FR|France;ES|Spain|España;PT|Portugal;IT|Italy|Italia;NL|Netherlands|The Netherlands|Holland|Nederland;' +
  'BE|Belgium|België|Belgique;LU|Luxembourg;DK|Denmark|Danmark;SE|Sweden|Sverige;NO|Norway|Norge;FI|Finland|Suomi;IS|Iceland;EE|Estonia;LV|Latvia;LT|Lithuania;PL|Poland|Polska;' +
  'CZ|Czechia|Czech Republic;SK|Slovakia;HU|Hungary;RO|Romania;BG|Bulgaria;GR|Greece;HR|Croatia;SI|Slovenia;RS|Serbia;BA|Bosnia and Herzegovina;MK|North Macedonia;AL|Albania;ME|Montenegro;' +
  'UA|Ukraine;BY|Belarus;MD|Moldova;RU|Russia|Russian Federation;CY|Cyprus;MT|Malta;MC|Monaco;LI|Liechtenstein;AD|Andorra;TR|Türkiye|Turkey|Turkiye;' +
  'IL|Israel;AE|United Arab Emirates|UAE|U.A.E.|Emirates;SA|Saudi Arabia|KSA;QA|Qatar;KW|Kuwait;BH|Bahrain;OM|Oman;JO|Jordan;LB|Lebanon;EG|Egypt;MA|Morocco;DZ|Algeria;TN|Tunisia;LY|Libya;IQ|Iraq;IR|Iran;SY|Syria;YE|Yemen;PS|Palestine;' +
  'ZA|South Africa;NG|Nigeria;KE|Kenya;GH|Ghana;ET|Ethiopia;TZ|Tanzania;UG|Uganda;RW|Rwanda;SN|Senegal;CI|Ivory Coast|Côte d\'Ivoire;CM|Cameroon;ZW|Zimbabwe;ZM|Zambia;AO|Angola;MU|Mauritius;BW|Botswana;NA|Namibia;MZ|Mozambique;' +
  'IN|India;PK|Pakistan;BD|Bangladesh;LK|Sri Lanka;NP|Nepal;CN|China|PRC|People\'s Republic of China;HK|Hong Kong;TW|Taiwan;JP|Japan;KR|South Korea|Korea|Republic of Korea;SG|Singapore;MY|Malaysia;ID|Indonesia;TH|Thailand;VN|Vietnam|Viet Nam;PH|Philippines;' +
  'KH|Cambodia;MM|Myanmar;MN|Mongolia;KZ|Kazakhstan;UZ|Uzbekistan;AU|Australia;NZ|New Zealand|Aotearoa;FJ|Fiji;' +
  'BR|Brazil|Brasil;AR|Argentina;CL|Chile;CO|Colombia;PE|Peru|Perú;VE|Venezuela;UY|Uruguay;PY|Paraguay;BO|Bolivia;EC|Ecuador;CR|Costa Rica;PA|Panama|Panamá;GT|Guatemala;HN|Honduras;SV|El Salvador;NI|Nicaragua;' +
  'DO|Dominican Republic;PR|Puerto Rico;CU|Cuba;JM|Jamaica;TT|Trinidad and Tobago;BS|Bahamas;BB|Barbados';

/** ISO-3 codes of the larger markets (ISO-2 and names cover the rest). */
export const ISO3 =
  'USA:US,CAN:CA,MEX:MX,GBR:GB,IRL:IE,DEU:DE,AUT:AT,CHE:CH,FRA:FR,ESP:ES,PRT:PT,ITA:IT,NLD:NL,BEL:BE,LUX:LU,DNK:DK,SWE:SE,NOR:NO,FIN:FI,ISL:IS,POL:PL,CZE:CZ,' +
  'ISR:IL,ARE:AE,SAU:SA,ZAF:ZA,IND:IN,CHN:CN,JPN:JP,KOR:KR,SGP:SG,AUS:AU,NZL:NZ,BRA:BR,ARG:AR,CHL:CL,COL:CO';

export const REGION_MEMBERS: Record<string, string> = {
  'north-america': 'US,CA',
  latam: 'MX,BR,AR,CL,CO,PE,VE,UY,PY,BO,EC,CR,PA,GT,HN,SV,NI,DO,PR,CU,JM,TT,BS,BB',
  europe: 'GB,IE,DE,AT,CH,FR,ES,PT,IT,NL,BE,LU,DK,SE,NO,FI,IS,EE,LV,LT,PL,CZ,SK,HU,RO,BG,GR,HR,SI,RS,BA,MK,AL,ME,UA,BY,MD,RU,CY,MT,MC,LI,AD',
  'uk-ireland': 'GB,IE',
  dach: 'DE,AT,CH',
  nordics: 'DK,SE,NO,FI,IS',
  mena: 'AE,SA,QA,KW,BH,OM,JO,LB,EG,MA,DZ,TN,LY,IQ,IR,SY,YE,PS,IL,TR',
  emea: '', // filled in: europe + mena + Africa
  apac: 'IN,PK,BD,LK,NP,CN,HK,TW,JP,KR,SG,MY,ID,TH,VN,PH,KH,MM,MN,KZ,UZ,AU,NZ,FJ',
  anz: 'AU,NZ',
};
export const AFRICA = 'ZA,NG,KE,GH,ET,TZ,UG,RW,SN,CI,CM,ZW,ZM,AO,MU,BW,NA,MZ';

/** Subdivisions: country:code|name|name… Codes collide across countries (CA = California; BW = Baden-Württemberg and Botswana). */
export const SUBDIVISIONS =
  'US:AL|Alabama;US:AK|Alaska;US:AZ|Arizona;US:AR|Arkansas;US:CA|California;US:CO|Colorado;US:CT|Connecticut;US:DE|Delaware;US:DC|District of Columbia|Washington DC|Washington, D.C.;US:FL|Florida;US:GA|Georgia;' +
  'US:HI|Hawaii;US:ID|Idaho;US:IL|Illinois;US:IN|Indiana;US:IA|Iowa;US:KS|Kansas;US:KY|Kentucky;US:LA|Louisiana;US:ME|Maine;US:MD|Maryland;US:MA|Massachusetts;US:MI|Michigan;US:MN|Minnesota;' +
  'US:MS|Mississippi;US:MO|Missouri;US:MT|Montana;US:NE|Nebraska;US:NV|Nevada;US:NH|New Hampshire;US:NJ|New Jersey;US:NM|New Mexico;US:NY|New York;US:NC|North Carolina;US:ND|North Dakota;' +
  'US:OH|Ohio;US:OK|Oklahoma;US:OR|Oregon;US:PA|Pennsylvania;US:RI|Rhode Island;US:SC|South Carolina;US:SD|South Dakota;US:TN|Tennessee;US:TX|Texas;US:UT|Utah;US:VT|Vermont;US:VA|Virginia;' +
  'US:WA|Washington;US:WV|West Virginia;US:WI|Wisconsin;US:WY|Wyoming;' +
  'CA:AB|Alberta;CA:BC|British Columbia;CA:MB|Manitoba;CA:NB|New Brunswick;CA:NL|Newfoundland and Labrador;CA:NS|Nova Scotia;CA:ON|Ontario;CA:PE|Prince Edward Island;CA:QC|Quebec|Québec;CA:SK|Saskatchewan;' +
  'AU:NSW|New South Wales;AU:VIC|Victoria;AU:QLD|Queensland;AU:WA|Western Australia;AU:SA|South Australia;AU:TAS|Tasmania;AU:ACT|Australian Capital Territory;AU:NT|Northern Territory;' +
  'DE:BW|Baden-Württemberg|Baden-Wuerttemberg;DE:BY|Bavaria|Bayern;DE:BE|Berlin;DE:BB|Brandenburg;DE:HB|Bremen;DE:HH|Hamburg;DE:HE|Hesse|Hessen;DE:NI|Lower Saxony|Niedersachsen;DE:NW|North Rhine-Westphalia|Nordrhein-Westfalen|NRW;' +
  'DE:RP|Rhineland-Palatinate|Rheinland-Pfalz;DE:SL|Saarland;DE:SN|Saxony|Sachsen;DE:ST|Saxony-Anhalt|Sachsen-Anhalt;DE:SH|Schleswig-Holstein;DE:TH|Thuringia|Thüringen;DE:MV|Mecklenburg-Vorpommern;' +
  'IN:KA|Karnataka;IN:MH|Maharashtra;IN:TN|Tamil Nadu;IN:TG|Telangana;IN:DL|Delhi;IN:HR|Haryana;IN:UP|Uttar Pradesh;IN:GJ|Gujarat;IN:WB|West Bengal;IN:KL|Kerala;' +
  'BR:SP|São Paulo|Sao Paulo;BR:RJ|Rio de Janeiro;BR:MG|Minas Gerais;' +
  'GB:ENG|England;GB:SCT|Scotland;GB:WLS|Wales;GB:NIR|Northern Ireland';

/** Major business cities → country. Ambiguous names (e.g. Cambridge, Portland) map to the larger market. */
export const CITIES =
  'US:San Francisco,New York,New York City,NYC,Los Angeles,Chicago,Boston,Seattle,Austin,Denver,Atlanta,Miami,Dallas,Houston,San Diego,San Jose,Palo Alto,Menlo Park,Mountain View,Sunnyvale,Redwood City,Santa Clara,Cupertino,Oakland,Berkeley,Washington,Philadelphia,Pittsburgh,Phoenix,Salt Lake City,Minneapolis,Detroit,Nashville,Raleigh,Durham,Charlotte,Portland,Baltimore,Columbus,Indianapolis,Kansas City,St. Louis,Cambridge,Brooklyn,Irvine,Boulder,Scottsdale,Tampa,Orlando,Las Vegas,Sacramento,Cincinnati,Cleveland,Milwaukee,San Mateo,Santa Monica,Bellevue,Plano,Jersey City,Stamford;' +
  'GB:London,Manchester,Birmingham,Edinburgh,Glasgow,Bristol,Leeds,Liverpool,Oxford,Belfast,Cardiff,Reading,Brighton,Newcastle upon Tyne,Sheffield,Nottingham;' +
  'IE:Dublin,Cork,Galway;DE:Berlin,Munich,München,Hamburg,Frankfurt,Frankfurt am Main,Cologne,Köln,Stuttgart,Düsseldorf,Walldorf,Leipzig,Dresden,Hanover,Hannover,Nuremberg,Nürnberg,Freiburg im Breisgau,Freiburg,Karlsruhe,Bonn,Essen,Dortmund;' +
  'AT:Vienna,Wien,Graz,Linz,Salzburg,Innsbruck;CH:Zurich,Zürich,Geneva,Genève,Basel,Bern,Lausanne,Zug;FR:Paris,Lyon,Marseille,Toulouse,Nice,Nantes,Bordeaux,Lille;ES:Madrid,Barcelona,Valencia,Seville,Málaga,Bilbao;' +
  'PT:Lisbon,Lisboa,Porto;IT:Milan,Milano,Rome,Roma,Turin,Torino,Bologna,Florence;NL:Amsterdam,Rotterdam,The Hague,Utrecht,Eindhoven;BE:Brussels,Antwerp,Ghent;DK:Copenhagen,København,Aarhus;' +
  'SE:Stockholm,Gothenburg,Göteborg,Malmö,Uppsala;NO:Oslo,Bergen,Trondheim;FI:Helsinki,Espoo,Tampere;IS:Reykjavik;EE:Tallinn;LV:Riga;LT:Vilnius;PL:Warsaw,Warszawa,Krakow,Kraków,Wroclaw,Wrocław,Gdansk;CZ:Prague,Praha,Brno;' +
  'HU:Budapest;RO:Bucharest,Cluj-Napoca;BG:Sofia;GR:Athens;UA:Kyiv,Kiev,Lviv;TR:Istanbul,Ankara;IL:Tel Aviv,Jerusalem,Haifa,Herzliya;AE:Dubai,Abu Dhabi;SA:Riyadh,Jeddah;QA:Doha;EG:Cairo;' +
  'ZA:Cape Town,Johannesburg,Durban;NG:Lagos,Abuja;KE:Nairobi;IN:Bengaluru,Bangalore,Mumbai,New Delhi,Delhi,Hyderabad,Chennai,Pune,Gurgaon,Gurugram,Noida,Kolkata,Ahmedabad;' +
  'CN:Beijing,Shanghai,Shenzhen,Guangzhou,Hangzhou;HK:Hong Kong;TW:Taipei;JP:Tokyo,Osaka,Kyoto,Yokohama;KR:Seoul,Busan;SG:Singapore;MY:Kuala Lumpur;ID:Jakarta;TH:Bangkok;VN:Ho Chi Minh City,Hanoi;PH:Manila,Makati;' +
  'AU:Sydney,Melbourne,Brisbane,Perth,Adelaide,Canberra;NZ:Auckland,Wellington,Christchurch;CA:Toronto,Vancouver,Montreal,Montréal,Ottawa,Calgary,Waterloo,Edmonton;' +
  'MX:Mexico City,Ciudad de México,Guadalajara,Monterrey;BR:São Paulo,Sao Paulo,Rio de Janeiro,Belo Horizonte,Florianópolis;AR:Buenos Aires;CL:Santiago;CO:Bogotá,Bogota,Medellín,Medellin;PE:Lima;UY:Montevideo';
