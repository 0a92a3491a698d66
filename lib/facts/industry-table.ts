// LinkedIn's industry taxonomy (V2, in use since 2022) as an indented outline: two spaces per
// level; a label covers every line indented under it (membership is transitive). After " = " come
// the pre-2022 (V1) labels that LinkedIn now displays as that industry, separated by "; ".
// LinkedIn migrated companies by numeric id, so a V1 label maps to whatever its id became, even
// where the new name surprises (e.g. "Renewables & Environment" → "Renewable Energy Semiconductor
// Manufacturing", "Arts and Crafts" → "Retail Art Supplies"): we mirror what the page now shows.
// Spelling variants ("&" vs "and", case, punctuation, hyphens) need no alias: keys are folded.
// Written from our knowledge of the public taxonomy; not a copied file.
export const INDUSTRY_OUTLINE = `
Accommodation Services
  Food and Beverage Services = Food & Beverages
    Bars, Taverns, and Nightclubs
    Caterers
    Mobile Food Services
    Restaurants
  Hospitality
    Bed-and-Breakfasts, Hostels, Homestays
    Hotels and Motels
Administrative and Support Services
  Collection Agencies
  Events Services
  Facilities Services
    Janitorial Services
    Landscaping Services
  Fundraising = Fund-Raising
  Office Administration
  Security and Investigations
    Security Guards and Patrol Services
    Security Systems Services
  Staffing and Recruiting
    Executive Search Services
    Temporary Help Services
  Telephone Call Centers
  Translation and Localization
  Travel Arrangements = Leisure, Travel & Tourism
  Writing and Editing
Construction
  Building Construction
    Nonresidential Building Construction
    Residential Building Construction
  Civil Engineering
    Highway, Street, and Bridge Construction
    Subdivision of Land
    Utility System Construction
  Specialty Trade Contractors
    Building Equipment Contractors
    Building Finishing Contractors
    Building Structure and Exterior Contractors
Consumer Services
  Civic and Social Organizations = Civic & Social Organization
    Political Organizations = Political Organization
    Professional Organizations
  Household Services
  Non-profit Organizations = Non-Profit Organization Management
  Personal and Laundry Services
    Laundry and Drycleaning Services
    Personal Care Services
    Pet Services
  Philanthropic Fundraising Services = Philanthropy
  Religious Institutions
  Repair and Maintenance
    Commercial and Industrial Machinery Maintenance
    Electronic and Precision Equipment Maintenance
    Footwear and Leather Goods Repair
    Reupholstery and Furniture Repair
    Vehicle Repair and Maintenance
Education
  E-Learning Providers = E-Learning
  Higher Education
  Primary and Secondary Education = Primary/Secondary Education
  Professional Training and Coaching
  Technical and Vocational Training
    Cosmetology and Barber Schools
    Fine Arts Schools
    Flight Training
    Language Schools
    Secretarial Schools
    Sports and Recreation Instruction
Entertainment Providers = Entertainment
  Artists and Writers = Fine Art
  Museums, Historical Sites, and Zoos = Museums and Institutions
    Historical Sites
    Museums
    Zoos and Botanical Gardens
  Musicians = Music
  Performing Arts and Spectator Sports
    Circuses and Magic Shows
    Dance Companies
    Performing Arts
    Spectator Sports = Sports
      Racetracks
      Sports Teams and Clubs
    Theater Companies
  Recreational Facilities = Recreational Facilities and Services
    Amusement Parks and Arcades
    Gambling Facilities and Casinos = Gambling & Casinos
    Golf Courses and Country Clubs
    Skiing Facilities
    Wellness and Fitness Services = Health, Wellness and Fitness
Farming, Ranching, Forestry
  Farming
    Horticulture
  Forestry and Logging
  Ranching and Fisheries
    Fisheries = Fishery
    Ranching
Financial Services
  Capital Markets
    Investment Advice
    Investment Banking
    Investment Management
    Securities and Commodity Exchanges
    Venture Capital and Private Equity Principals = Venture Capital & Private Equity
  Credit Intermediation
    Banking
    International Trade and Development
    Loan Brokers
    Savings Institutions
  Funds and Trusts
    Insurance and Employee Benefit Funds
    Pension Funds
    Trusts and Estates
  Insurance
    Claims Adjusting, Actuarial Services
    Insurance Agencies and Brokerages
    Insurance Carriers
Government Administration
  Administration of Justice = Judiciary
    Correctional Institutions
    Courts of Law
    Fire Protection
    Law Enforcement
    Public Safety
  Economic Programs
    Transportation Programs
    Utilities Administration
  Environmental Quality Programs
    Air, Water, and Waste Program Management
    Conservation Programs
  Health and Human Services
    Education Administration Programs = Education Management
    Public Assistance Programs
    Public Health
  Housing and Community Development
    Community Development and Urban Planning
    Housing Programs
  Military and International Affairs
    Armed Forces = Military
    International Affairs
  Public Policy Offices = Public Policy
    Executive Offices = Executive Office
    Legislative Offices = Legislative Office
  Space Research and Technology
Holding Companies
Hospitals and Health Care = Hospital & Health Care
  Community Services
  Hospitals
  Individual and Family Services
    Child Day Care Services
    Emergency and Relief Services
    Vocational Rehabilitation Services
  Medical Practices = Medical Practice
    Alternative Medicine
    Ambulance Services
    Chiropractors
    Dentists
    Family Planning Centers
    Home Health Care Services
    Medical and Diagnostic Laboratories
    Mental Health Care
    Optometrists
    Outpatient Care Centers
    Physical, Occupational and Speech Therapists
    Physicians
  Nursing Homes and Residential Care Facilities
  Services for the Elderly and Disabled
Manufacturing = Consumer Goods
  Apparel Manufacturing
    Fashion Accessories Manufacturing
  Appliances, Electrical, and Electronics Manufacturing = Electrical/Electronic Manufacturing
    Electric Lighting Equipment Manufacturing
    Electrical Equipment Manufacturing
    Household Appliance Manufacturing
  Chemical Manufacturing = Chemicals
    Agricultural Chemical Manufacturing
    Artificial Rubber and Synthetic Fiber Manufacturing
    Chemical Raw Materials Manufacturing
    Paint, Coating, and Adhesive Manufacturing
    Personal Care Product Manufacturing = Cosmetics
    Pharmaceutical Manufacturing = Pharmaceuticals
    Soap and Cleaning Product Manufacturing
  Climate Technology Product Manufacturing
  Computers and Electronics Manufacturing = Consumer Electronics
    Audio and Video Equipment Manufacturing
    Communications Equipment Manufacturing
    Computer Hardware Manufacturing = Computer Hardware
      Computer Networking Products = Computer Networking
    Magnetic and Optical Media Manufacturing
    Measuring and Control Instrument Manufacturing
    Semiconductor Manufacturing = Semiconductors
      Renewable Energy Semiconductor Manufacturing = Renewables & Environment
  Fabricated Metal Products
    Architectural and Structural Metal Manufacturing
    Boilers, Tanks, and Shipping Container Manufacturing
    Construction Hardware Manufacturing
    Cutlery and Handtool Manufacturing
    Metal Treatments
    Metal Valve, Ball, and Roller Manufacturing
    Spring and Wire Product Manufacturing
    Turned Products and Fastener Manufacturing
  Food and Beverage Manufacturing = Food Production
    Animal Feed Manufacturing
    Baked Goods Manufacturing
    Beverage Manufacturing = Wine and Spirits
      Breweries
      Distilleries
      Wineries
    Dairy Product Manufacturing = Dairy
    Fruit and Vegetable Preserves Manufacturing
    Meat Products Manufacturing
    Seafood Product Manufacturing
    Sugar and Confectionery Product Manufacturing
  Furniture and Home Furnishings Manufacturing = Furniture
    Household and Institutional Furniture Manufacturing
    Mattress and Blinds Manufacturing
    Office Furniture and Fixtures Manufacturing
  Glass, Ceramics and Concrete Manufacturing = Glass, Ceramics & Concrete
    Abrasives and Nonmetallic Minerals Manufacturing
    Clay and Refractory Products Manufacturing
    Glass Product Manufacturing
    Lime and Gypsum Products Manufacturing
  Leather Product Manufacturing
    Footwear Manufacturing
    Women's Handbag Manufacturing
  Machinery Manufacturing = Machinery
    Agriculture, Construction, Mining Machinery Manufacturing
    Automation Machinery Manufacturing = Industrial Automation
    Commercial and Service Industry Machinery Manufacturing
    Engines and Power Transmission Equipment Manufacturing
      Renewable Energy Equipment Manufacturing
    HVAC and Refrigeration Equipment Manufacturing
    Industrial Machinery Manufacturing = Mechanical or Industrial Engineering
    Metalworking Machinery Manufacturing
  Medical Equipment Manufacturing = Medical Devices
  Oil and Coal Product Manufacturing
  Paper and Forest Product Manufacturing = Paper & Forest Products
  Plastics and Rubber Product Manufacturing
    Packaging and Containers Manufacturing = Packaging and Containers
    Plastics Manufacturing = Plastics
    Rubber Products Manufacturing
  Primary Metal Manufacturing
  Printing Services = Printing
  Sporting Goods Manufacturing = Sporting Goods
  Textile Manufacturing = Textiles
  Tobacco Manufacturing = Tobacco
  Transportation Equipment Manufacturing
    Aviation and Aerospace Component Manufacturing = Aviation & Aerospace
    Defense and Space Manufacturing = Defense & Space
    Motor Vehicle Manufacturing = Automotive
      Motor Vehicle Parts Manufacturing
    Railroad Equipment Manufacturing = Railroad Manufacture
    Shipbuilding
  Wood Product Manufacturing
Oil, Gas, and Mining
  Mining = Mining & Metals
    Coal Mining
    Metal Ore Mining
    Nonmetallic Mineral Mining
  Oil and Gas = Oil & Energy
    Natural Gas Extraction
    Oil Extraction
Professional Services
  Accounting
  Advertising Services = Marketing & Advertising
    Government Relations Services = Government Relations
    Public Relations and Communications Services = Public Relations and Communications
  Architecture and Planning
  Business Consulting and Services = Management Consulting
    Environmental Services
    Human Resources Services = Human Resources
    Marketing Services
    Operations Consulting
    Outsourcing and Offshoring Consulting = Outsourcing/Offshoring
    Strategic Management Services = Program Development
  Design Services = Design
    Graphic Design
    Interior Design
  Engineering Services
  IT Services and IT Consulting = Information Technology & Services
    Computer and Network Security
    IT System Custom Software Development
    IT System Data Services
    IT System Design Services
    IT System Installation and Disposal
    IT System Operations and Maintenance
    IT System Testing and Evaluation
    IT System Training and Support
  Legal Services
    Alternative Dispute Resolution
    Law Practice
  Market Research
  Photography
  Research Services = Research
    Biotechnology Research = Biotechnology
    Nanotechnology Research = Nanotechnology
    Think Tanks
  Services for Renewable Energy
  Veterinary Services = Veterinary
Real Estate and Equipment Rental Services
  Equipment Rental Services
    Commercial and Industrial Equipment Rental
    Consumer Goods Rental
  Real Estate
    Leasing Non-residential Real Estate = Commercial Real Estate
    Leasing Residential Real Estate
    Real Estate Agents and Brokers
Retail
  Food and Beverage Retail
    Retail Groceries = Supermarkets
  Online and Mail Order Retail
  Retail Apparel and Fashion = Apparel & Fashion
  Retail Appliances, Electrical, and Electronic Equipment
  Retail Art Dealers
  Retail Art Supplies = Arts and Crafts
  Retail Books and Printed News
  Retail Building Materials and Garden Equipment
  Retail Florists
  Retail Furniture and Home Furnishings
  Retail Gasoline
  Retail Health and Personal Care Products
  Retail Luxury Goods and Jewelry = Luxury Goods & Jewelry
  Retail Motor Vehicles
  Retail Musical Instruments
  Retail Office Equipment = Business Supplies and Equipment
  Retail Office Supplies and Gifts
  Retail Recyclable Materials & Used Merchandise
Technology, Information and Media
  Book and Periodical Publishing = Publishing
    Book Publishing
    Newspaper Publishing = Newspapers
    Periodical Publishing
  Broadcast Media Production and Distribution = Broadcast Media
    Cable and Satellite Programming
    Radio and Television Broadcasting
  Movies, Videos, and Sound = Motion Pictures and Film
    Animation and Post-production = Animation
    Media Production
    Movies and Sound Recording
    Sheet Music Publishing
    Sound Recording
  Technology, Information and Internet = Internet
    Blockchain Services
    Business Intelligence Platforms
    Climate Data and Analytics
    Data Infrastructure and Analytics
    Information Services
      Internet Publishing
        Blogs
        Internet News
      Libraries
    Internet Marketplace Platforms
    Online Audio and Video Media = Online Media
    Social Networking Platforms
    Software Development = Computer Software
      Computer Games
        Mobile Gaming Apps = Mobile Games
      Desktop Computing Software Products
      Embedded Software Products
      Mobile Computing Software Products
  Telecommunications
    Satellite Telecommunications
    Telecommunications Carriers
    Wireless Services = Wireless
Transportation, Logistics, Supply Chain and Storage = Logistics and Supply Chain
  Airlines and Aviation = Airlines/Aviation
  Freight and Package Transportation = Package/Freight Delivery
  Ground Passenger Transportation
    Interurban and Rural Bus Services
    School and Employee Bus Services
    Shuttles and Special Needs Transportation Services
    Sightseeing Transportation
    Taxi and Limousine Services
    Urban Transit Services
  Maritime Transportation = Maritime
  Pipeline Transportation
  Postal Services
  Rail Transportation
  Truck Transportation = Transportation/Trucking/Railroad
  Warehousing and Storage = Warehousing
Utilities
  Electric Power Generation
    Fossil Fuel Electric Power Generation
    Nuclear Electric Power Generation
    Renewable Energy Power Generation
      Biomass Electric Power Generation
      Geothermal Electric Power Generation
      Hydroelectric Power Generation
      Solar Electric Power Generation
      Wind Electric Power Generation
  Electric Power Transmission, Control, and Distribution
  Natural Gas Distribution
  Water, Waste, Steam, and Air Conditioning Services
    Steam and Air-Conditioning Supply
    Waste Collection
    Waste Treatment and Disposal
    Water Supply and Irrigation Systems
Wholesale
  Wholesale Alcoholic Beverages
  Wholesale Apparel and Sewing Supplies
  Wholesale Appliances, Electrical, and Electronics
  Wholesale Building Materials = Building Materials
  Wholesale Chemical and Allied Products
  Wholesale Computer Equipment
  Wholesale Drugs and Sundries
  Wholesale Food and Beverage
  Wholesale Footwear
  Wholesale Furniture and Home Furnishings
  Wholesale Hardware, Plumbing, Heating Equipment
  Wholesale Import and Export = Import and Export
  Wholesale Luxury Goods and Jewelry
  Wholesale Machinery
  Wholesale Metals and Minerals
  Wholesale Motor Vehicles and Parts
  Wholesale Paper Products
  Wholesale Petroleum and Petroleum Products
  Wholesale Photography Equipment and Supplies
  Wholesale Raw Farm Products
  Wholesale Recyclable Materials
`;
