// LinkedIn's industry taxonomy (V2, 2022+) as an indented outline: two spaces per level, a group
// covers every line indented under it. "= old label; old label" after a name lists pre-2022 (V1)
// labels that LinkedIn now shows as that industry. Written from the public taxonomy, not copied.
export const INDUSTRY_OUTLINE = `
Accommodation Services
  Food and Beverage Services = Food & Beverages
    Restaurants
    Bars, Taverns, and Nightclubs
    Caterers
    Mobile Food Services
  Hospitality
    Hotels and Motels
    Bed-and-Breakfasts, Hostels, Homestays
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
    Utility System Construction
  Specialty Trade Contractors
    Building Equipment Contractors
    Building Finishing Contractors
    Building Structure and Exterior Contractors
Consumer Services
  Civic and Social Organizations = Civic & Social Organization
  Household Services
  Non-profit Organizations = Non-Profit Organization Management; Nonprofit Organization Management
  Personal and Laundry Services
  Philanthropic Fundraising Services = Philanthropy
  Political Organizations = Political Organization
  Religious Institutions
  Repair and Maintenance
  Wellness and Fitness Services = Health, Wellness & Fitness; Health, Wellness and Fitness
Education
  E-Learning Providers = E-Learning; E-learning
  Higher Education
  Primary and Secondary Education = Primary/Secondary Education
  Professional Training and Coaching = Professional Training & Coaching
  Technical and Vocational Training
  Education Administration Programs = Education Management
Entertainment Providers = Entertainment
  Artists and Writers = Fine Art; Arts and Crafts; Arts & Crafts
  Museums, Historical Sites, and Zoos = Museums and Institutions
  Musicians = Music
  Performing Arts
  Spectator Sports = Sports
  Recreational Facilities = Recreational Facilities and Services
    Gambling Facilities and Casinos = Gambling & Casinos
    Golf Courses and Country Clubs
    Amusement Parks and Arcades
Farming, Ranching, Forestry
  Farming
  Ranching
  Fisheries = Fishery
  Forestry and Logging
Financial Services
  Accounting
  Capital Markets
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
  Insurance
    Insurance Agencies and Brokerages
    Insurance Carriers
    Claims Adjusting, Actuarial Services
Government Administration
  Administration of Justice = Judiciary
    Law Enforcement
    Public Safety
    Courts of Law
  Armed Forces = Military
  Economic Programs
  Environmental Quality Programs
  Executive Offices = Executive Office
  Government Relations Services = Government Relations
  Health and Human Services
  Housing and Community Development
  International Affairs
  Legislative Offices = Legislative Office
  Public Policy Offices = Public Policy
  Space Research and Technology
Holding Companies
Hospitals and Health Care = Hospital & Health Care; Hospital and Health Care
  Community Services
  Hospitals
  Individual and Family Services = Individual & Family Services
  Medical Practices = Medical Practice
    Alternative Medicine
    Ambulance Services
    Chiropractors
    Dentists
    Home Health Care Services
    Medical and Diagnostic Laboratories
    Mental Health Care
    Optometrists
    Outpatient Care Centers
    Physical, Occupational and Speech Therapists
    Physicians
  Nursing Homes and Residential Care Facilities
  Vocational Rehabilitation Services
Manufacturing = Consumer Goods
  Apparel Manufacturing
  Appliances, Electrical, and Electronics Manufacturing = Electrical/Electronic Manufacturing; Electrical & Electronic Manufacturing
  Chemical Manufacturing = Chemicals
    Pharmaceutical Manufacturing = Pharmaceuticals
    Personal Care Product Manufacturing = Cosmetics
    Fertilizer Manufacturing
  Computers and Electronics Manufacturing = Consumer Electronics
    Computer Hardware Manufacturing = Computer Hardware
    Semiconductor Manufacturing = Semiconductors
    Communications Equipment Manufacturing
    Audio and Video Equipment Manufacturing
    Renewable Energy Semiconductor Manufacturing = Renewables & Environment; Renewables and Environment
  Food and Beverage Manufacturing = Food Production
    Beverage Manufacturing = Wine and Spirits; Wine & Spirits
    Dairy Product Manufacturing = Dairy
    Tobacco Manufacturing = Tobacco
  Furniture and Home Furnishings Manufacturing = Furniture
  Glass, Ceramics and Concrete Manufacturing = Glass, Ceramics & Concrete
  Machinery Manufacturing = Machinery
    Industrial Machinery Manufacturing = Mechanical or Industrial Engineering; Mechanical Or Industrial Engineering
    Automation Machinery Manufacturing = Industrial Automation
    Agriculture, Construction, Mining Machinery Manufacturing
  Medical Equipment Manufacturing = Medical Devices
  Oil and Coal Product Manufacturing
  Packaging and Containers Manufacturing = Packaging and Containers; Packaging & Containers
  Paper and Forest Product Manufacturing = Paper & Forest Products
  Plastics and Rubber Product Manufacturing
    Plastics Manufacturing = Plastics
  Primary Metal Manufacturing
  Fabricated Metal Products
  Printing Services = Printing
  Sporting Goods Manufacturing = Sporting Goods
  Textile Manufacturing = Textiles
  Transportation Equipment Manufacturing
    Aviation and Aerospace Component Manufacturing = Aviation & Aerospace; Aviation and Aerospace
    Defense and Space Manufacturing = Defense & Space; Defense and Space
    Motor Vehicle Manufacturing = Automotive
    Motor Vehicle Parts Manufacturing
    Railroad Equipment Manufacturing = Railroad Manufacture
    Shipbuilding
Oil, Gas, and Mining
  Mining = Mining & Metals; Mining and Metals
    Coal Mining
    Metal Ore Mining
  Oil and Gas = Oil & Energy; Oil and Energy
    Oil Extraction
    Natural Gas Extraction
Professional Services
  Advertising Services = Marketing & Advertising; Marketing and Advertising
  Architecture and Planning = Architecture & Planning
  Business Consulting and Services = Management Consulting
    Environmental Services
    Human Resources Services = Human Resources
    Marketing Services
    Operations Consulting
    Outsourcing and Offshoring Consulting = Outsourcing/Offshoring
    Strategic Management Services
  Design Services = Design
    Graphic Design
    Interior Design
  Engineering Services
  IT Services and IT Consulting = Information Technology & Services; Information Technology and Services
    Computer and Network Security = Computer & Network Security
    IT System Custom Software Development
    IT System Data Services
    IT System Design Services
    IT System Operations and Maintenance
    IT System Installation and Disposal
    IT System Testing and Evaluation
    IT System Training and Support
  Legal Services
    Alternative Dispute Resolution
    Law Practice
  Market Research
  Photography
  Public Relations and Communications Services = Public Relations and Communications; Public Relations & Communications
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
  Retail Apparel and Fashion = Apparel & Fashion; Apparel and Fashion
  Retail Appliances, Electrical, and Electronic Equipment
  Retail Books and Printed News
  Retail Building Materials and Garden Equipment
  Retail Furniture and Home Furnishings
  Retail Gasoline
  Retail Health and Personal Care Products
  Retail Luxury Goods and Jewelry = Luxury Goods & Jewelry; Luxury Goods and Jewelry
  Retail Motor Vehicles
  Retail Office Equipment = Business Supplies and Equipment; Business Supplies & Equipment
  Retail Office Supplies and Gifts
Technology, Information and Media
  Book and Periodical Publishing = Publishing
    Book Publishing
    Newspaper Publishing = Newspapers
    Periodical Publishing
  Broadcast Media Production and Distribution = Broadcast Media
    Cable and Satellite Programming
    Radio and Television Broadcasting
  Movies, Videos, and Sound = Motion Pictures and Film; Motion Pictures & Film
    Animation and Post-production = Animation
    Media Production
    Sound Recording
  Telecommunications
    Satellite Telecommunications
    Telecommunications Carriers
    Wireless Services = Wireless
  Technology, Information and Internet = Internet
    Data Infrastructure and Analytics
    Blockchain Services
    Business Intelligence Platforms
    Information Services
      Internet Publishing
      Online Audio and Video Media = Online Media
      Internet News
      Blogs
      Libraries
    Internet Marketplace Platforms
    Social Networking Platforms
    Software Development = Computer Software; Program Development
      Computer Games
      Mobile Gaming Apps
      Desktop Computing Software Products
      Embedded Software Products
      Mobile Computing Software Products
    Computer Networking Products = Computer Networking
Transportation, Logistics, Supply Chain and Storage = Logistics and Supply Chain; Logistics & Supply Chain
  Airlines and Aviation = Airlines/Aviation
  Freight and Package Transportation = Package/Freight Delivery
  Ground Passenger Transportation
  Maritime Transportation = Maritime
  Pipeline Transportation
  Postal Services
  Rail Transportation
  Truck Transportation = Transportation/Trucking/Railroad
  Warehousing and Storage = Warehousing
Utilities
  Electric Power Generation
    Renewable Energy Power Generation
    Solar Electric Power Generation
    Wind Electric Power Generation
  Electric Power Transmission, Control, and Distribution
  Natural Gas Distribution
  Water, Waste, Steam, and Air Conditioning Services
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
  Wholesale Furniture and Home Furnishings
  Wholesale Hardware, Plumbing, Heating Equipment
  Wholesale Import and Export = Import and Export; Import & Export
  Wholesale Luxury Goods and Jewelry
  Wholesale Machinery
  Wholesale Metals and Minerals
  Wholesale Motor Vehicles and Parts
  Wholesale Paper Products
  Wholesale Petroleum and Petroleum Products
  Wholesale Raw Farm Products
  Wholesale Recyclable Materials
`;
