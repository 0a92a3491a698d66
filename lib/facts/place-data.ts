// Subdivisions and cities as compact strings, parsed once on first use (place-tables.ts). Apart
// from the countries (location-data.ts) so that a bundle that only names countries (the side
// panel) carries none of this. Written from ISO 3166-2 and common usage, not copied.

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
