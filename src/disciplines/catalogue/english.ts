/**
 * English names of the categories and disciplines, for reports in English (`--lang en`), as the
 * degree offices' English versions of the catalogue give them where they do; a code the table
 * lacks shows its Chinese name.
 */
const CATEGORY_NAMES: Readonly<Record<string, string>> = {
  "01": "Philosophy",
  "02": "Economics",
  "03": "Law",
  "04": "Education",
  "05": "Literature",
  "06": "History",
  "07": "Science",
  "08": "Engineering",
  "09": "Agriculture",
  "10": "Medicine",
  "11": "Military Science",
  "12": "Management",
  "13": "Art",
  "14": "Interdisciplinary",
};

/** One line per discipline: code, then its English name. */
const DISCIPLINE_LINES = `
0101 Philosophy
0201 Theoretical Economics
0202 Applied Economics
0301 Law
0302 Political Science
0303 Sociology
0304 Ethnology
0305 Marxist Theory
0306 Public Security
0307 CPC History and Party Building
0308 Discipline Inspection and Supervision
0401 Education
0402 Psychology
0403 Sports Science
0501 Chinese Language and Literature
0502 Foreign Languages and Literatures
0503 Journalism and Communication
0601 Archaeology
0602 Chinese History
0603 World History
0701 Mathematics
0702 Physics
0703 Chemistry
0704 Astronomy
0705 Geography
0706 Atmospheric Sciences
0707 Marine Sciences
0708 Geophysics
0709 Geology
0710 Biology
0711 Systems Science
0712 History of Science and Technology
0713 Ecology
0714 Statistics
0801 Mechanics
0802 Mechanical Engineering
0803 Optical Engineering
0804 Instrument Science and Technology
0805 Materials Science and Engineering
0806 Metallurgical Engineering
0807 Power Engineering and Engineering Thermophysics
0808 Electrical Engineering
0809 Electronic Science and Technology
0810 Information and Communication Engineering
0811 Control Science and Engineering
0812 Computer Science and Technology
0813 Architecture
0814 Civil Engineering
0815 Hydraulic Engineering
0816 Surveying and Mapping
0817 Chemical Engineering and Technology
0818 Geological Resources and Geological Engineering
0819 Mining Engineering
0820 Petroleum and Natural Gas Engineering
0821 Textile Science and Engineering
0822 Light Industry Technology and Engineering
0823 Transportation Engineering
0824 Naval Architecture and Ocean Engineering
0825 Aeronautical and Astronautical Science and Technology
0826 Armament Science and Technology
0827 Nuclear Science and Technology
0828 Agricultural Engineering
0829 Forestry Engineering
0830 Environmental Science and Engineering
0831 Biomedical Engineering
0832 Food Science and Engineering
0833 Urban and Rural Planning
0835 Software Engineering
0836 Bioengineering
0837 Safety Science and Engineering
0838 Public Security Technology
0839 Cyberspace Security
0901 Crop Science
0902 Horticulture
0903 Agricultural Resources and Environment
0904 Plant Protection
0905 Animal Science
0906 Veterinary Medicine
0907 Forestry
0908 Fisheries
0909 Grassland Science
0910 Soil and Water Conservation and Desertification Control
1001 Basic Medicine
1002 Clinical Medicine
1003 Stomatology
1004 Public Health and Preventive Medicine
1005 Chinese Medicine
1006 Integrated Chinese and Western Medicine
1007 Pharmacy
1008 Chinese Materia Medica
1009 Special Medicine
1011 Nursing
1012 Forensic Medicine
1101 Military Thought and Military History
1102 Strategy
1103 Joint Operations
1104 Service Operations
1105 Military Command
1106 Military Political Work
1107 Military Logistics
1108 Military Equipment
1109 Military Management
1110 Military Training
1111 Military Intelligence
1201 Management Science and Engineering
1202 Business Administration
1203 Agricultural and Forestry Economics and Management
1204 Public Administration
1205 Information Resources Management
1301 Art
1401 Integrated Circuit Science and Engineering
1402 National Security
1403 Design
1404 Remote Sensing Science and Technology
1405 Intelligent Science and Technology
1406 Nanoscience and Engineering
1407 Area Studies
`;

const DISCIPLINE_NAMES: ReadonlyMap<string, string> = new Map(
  DISCIPLINE_LINES.trim()
    .split("\n")
    .map((line) => [line.slice(0, 4), line.slice(5)] as const),
);

export function englishDisciplineName(code: string): string | undefined {
  return DISCIPLINE_NAMES.get(code);
}

export function englishCategoryName(code: string): string | undefined {
  return CATEGORY_NAMES[code];
}
