-- Vocabularies for scripts/perf/generate.sh, loaded as temporary tables of the generator's session:
-- first and last names of many cultures (romanised, some with diacritics), company name parts, tags, note texts.
-- Each table has a dense 1-based index "i" so that the generator picks with (random() * count)::int + 1.

CREATE TEMP TABLE gen_first_names AS
SELECT row_number() OVER ()::int AS i, btrim(v) AS v
FROM unnest(string_to_array(
-- English / American
'James,Mary,John,Patricia,Robert,Jennifer,Michael,Linda,William,Elizabeth,David,Barbara,Richard,Susan,Joseph,Jessica,'
'Thomas,Sarah,Charles,Karen,Christopher,Nancy,Daniel,Lisa,Matthew,Betty,Anthony,Margaret,Mark,Sandra,Donald,Ashley,'
'Steven,Kimberly,Paul,Emily,Andrew,Donna,Joshua,Michelle,Kenneth,Dorothy,Kevin,Carol,Brian,Amanda,George,Melissa,'
'Edward,Deborah,Ronald,Stephanie,Timothy,Rebecca,Jason,Sharon,Jeffrey,Laura,Ryan,Cynthia,Jacob,Kathleen,Gary,Amy,'
'Nicholas,Shirley,Eric,Angela,Jonathan,Helen,Stephen,Anna,Larry,Brenda,Justin,Pamela,Scott,Nicole,Brandon,Emma,'
'Olivia,Ava,Sophia,Isabella,Mia,Charlotte,Amelia,Harper,Evelyn,Abigail,Liam,Noah,Oliver,Elijah,Lucas,Mason,Logan,'
-- German / Dutch / Scandinavian
'Lukas,Leon,Finn,Jonas,Felix,Maximilian,Paul,Moritz,Jürgen,Klaus,Dieter,Günter,Uwe,Sabine,Ursula,Monika,Petra,'
'Brigitte,Katrin,Jörg,Björn,Sönke,Lena,Hannah,Leonie,Marie,Johanna,Greta,Anke,Sanne,Daan,Sem,Bram,Lieke,Femke,'
'Lars,Erik,Sven,Nils,Anders,Magnus,Astrid,Ingrid,Sigrid,Freya,Maja,Elin,Linnea,Åsa,Søren,Mette,Kirsten,Henrik,'
-- French / Italian / Spanish / Portuguese
'Jean,Pierre,Louis,Hugo,Théo,Mathis,Clément,Camille,Léa,Chloé,Manon,Inès,Élodie,Amélie,Céline,Océane,François,'
'Giuseppe,Giovanni,Marco,Luca,Matteo,Alessandro,Francesco,Lorenzo,Giulia,Chiara,Francesca,Sofia,Alessia,Martina,'
'José,Juan,Carlos,Javier,Alejandro,Pablo,Sergio,Álvaro,Raúl,Iñigo,María,Lucía,Carmen,Paula,Elena,Nerea,Begoña,'
'João,Pedro,Tiago,Gonçalo,Rafael,Gabriel,Bruno,Ana,Beatriz,Mariana,Inês,Leonor,Luíza,Fernanda,Thiago,Caio,'
-- Slavic / Baltic / Hungarian / Greek / Turkish
'Ivan,Dmitri,Sergei,Alexei,Nikolai,Vladimir,Mikhail,Olga,Natalia,Svetlana,Tatiana,Irina,Anastasia,Ekaterina,'
'Piotr,Tomasz,Krzysztof,Łukasz,Paweł,Agnieszka,Katarzyna,Małgorzata,Zofia,Jakub,Ondřej,Jiří,Tereza,Petra,'
'Bálint,Zoltán,Gábor,Eszter,Zsófia,Réka,Andrius,Jonas,Rūta,Giorgos,Dimitris,Eleni,Katerina,Nikos,Yiannis,'
'Mehmet,Mustafa,Ahmet,Emre,Burak,Elif,Zeynep,Ayşe,Fatma,Selin,Deniz,Cem,Ece,'
-- Arabic / Persian / Hebrew
'Mohammed,Ahmed,Ali,Omar,Youssef,Khalid,Hassan,Hussein,Ibrahim,Karim,Tariq,Fatima,Aisha,Maryam,Layla,Nour,'
'Yasmin,Salma,Huda,Rania,Reza,Dariush,Parisa,Shirin,Neda,Arash,Cyrus,Avi,Noam,Yael,Tamar,Eitan,Shira,Moshe,'
-- South Asian
'Aarav,Vivaan,Aditya,Arjun,Rohan,Rahul,Vikram,Sanjay,Anil,Ravi,Priya,Ananya,Diya,Isha,Kavya,Neha,Pooja,Sunita,'
'Lakshmi,Deepika,Imran,Faisal,Ayesha,Sana,Nimal,Kasun,Chathuri,Rajesh,Suresh,Meera,'
-- East / Southeast Asian
'Wei,Jie,Hao,Yang,Jun,Lei,Xin,Ying,Mei,Li,Fang,Xiu,Yan,Hui,Hiroshi,Takeshi,Kenji,Yuki,Haruto,Sota,Ren,Yui,Sakura,'
'Aoi,Hina,Akira,Min-jun,Seo-yeon,Ji-ho,Ha-eun,Do-yun,Ji-woo,Minh,Linh,Huong,Tuan,Anh,Thao,Nguyet,Somchai,'
'Siriporn,Nattapong,Ploy,Putri,Budi,Dewi,Agus,Siti,Rizky,Jose Mari,Maricel,Rodel,Jasmine,'
-- African
'Kwame,Kofi,Ama,Akosua,Chinedu,Ngozi,Emeka,Chiamaka,Oluwaseun,Adebayo,Folake,Tunde,Abebe,Tigist,Dawit,Amara,'
'Thabo,Sipho,Lerato,Nomvula,Zanele,Mandla,Wanjiru,Kamau,Njeri,Otieno,Amani,Baraka,Fatou,Moussa,Aminata,Ibrahima,'
-- Latin American / other
'Valentina,Camila,Ximena,Renata,Guadalupe,Santiago,Mateo,Sebastián,Diego,Emiliano,Joaquín,Agustina,Florencia,'
'Benjamín,Maite,Catalina,Aroha,Tane,Mere,Keanu,Leilani,Kai,Nalani,Sione,Losa',
',')) AS v;

CREATE TEMP TABLE gen_last_names AS
SELECT row_number() OVER ()::int AS i, btrim(v) AS v
FROM unnest(string_to_array(
'Smith,Johnson,Williams,Brown,Jones,Miller,Davis,Wilson,Anderson,Taylor,Thomas,Moore,Martin,Jackson,Thompson,White,'
'Harris,Clark,Lewis,Robinson,Walker,Young,Allen,King,Wright,Scott,Hill,Green,Adams,Baker,Nelson,Carter,Mitchell,'
'Roberts,Turner,Phillips,Campbell,Parker,Evans,Edwards,Collins,Stewart,Morris,Murphy,Cook,Rogers,Morgan,Cooper,'
'Peterson,Reed,Bailey,Bell,Kelly,Howard,Ward,Cox,Richardson,Wood,Watson,Brooks,Bennett,Gray,Hughes,Price,Sanders,'
'O''Brien,O''Connor,McCarthy,Byrne,Doyle,MacDonald,Fraser,Campbell,Sinclair,Llewellyn,Davies,Jenkins,Pritchard,'
'Müller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker,Schulz,Hoffmann,Schäfer,Koch,Bauer,Richter,Klein,'
'Wolf,Schröder,Neumann,Schwarz,Zimmermann,Braun,Krüger,Hofmann,Hartmann,Lange,Köhler,Weiß,de Jong,Jansen,de Vries,'
'van den Berg,van Dijk,Bakker,Visser,Smit,Meijer,de Boer,Mulder,Bos,Vos,Peeters,Janssens,Maes,Jacobs,Claes,'
'Johansson,Andersson,Karlsson,Nilsson,Eriksson,Larsson,Olsson,Persson,Svensson,Gustafsson,Hansen,Nielsen,'
'Jensen,Pedersen,Kristensen,Olsen,Berg,Haugen,Johannessen,Virtanen,Korhonen,Mäkinen,Nieminen,Hämäläinen,'
'Martin,Bernard,Dubois,Thomas,Robert,Richard,Petit,Durand,Leroy,Moreau,Simon,Laurent,Lefèvre,Michel,Garcia,'
'Fournier,Girard,Bonnet,Dupont,Lambert,Fontaine,Rousseau,Vincent,Mercier,Lefebvre,Chevalier,Gauthier,'
'Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,Bruno,Gallo,Conti,De Luca,Mancini,Costa,'
'Giordano,Rizzo,Lombardi,Moretti,Barbieri,Fontana,Santoro,Mariani,Rinaldi,Caruso,Ferrara,Galli,Martini,Leone,'
'González,Rodríguez,Fernández,López,Martínez,Sánchez,Pérez,Gómez,Díaz,Hernández,Álvarez,Jiménez,Ruiz,Moreno,'
'Muñoz,Romero,Alonso,Gutiérrez,Navarro,Torres,Domínguez,Vázquez,Ramos,Gil,Ramírez,Serrano,Blanco,Suárez,Molina,'
'Castro,Ortega,Rubio,Delgado,Iglesias,Medina,Garrido,Cortés,Castillo,Santos,Silva,Oliveira,Souza,Pereira,Lima,'
'Carvalho,Ferreira,Almeida,Ribeiro,Rodrigues,Gomes,Martins,Araújo,Barbosa,Cardoso,Rocha,Dias,Nascimento,'
'Ivanov,Smirnov,Kuznetsov,Popov,Vasiliev,Petrov,Sokolov,Mikhailov,Novikov,Fedorov,Morozov,Volkov,Kozlov,Lebedev,'
'Nowak,Kowalski,Wiśniewski,Wójcik,Kowalczyk,Kamiński,Lewandowski,Zieliński,Szymański,Woźniak,Dąbrowski,'
'Novák,Svoboda,Novotný,Dvořák,Černý,Procházka,Horváth,Kovács,Szabó,Tóth,Nagy,Papadopoulos,Georgiou,Nikolaidis,'
'Yılmaz,Kaya,Demir,Şahin,Çelik,Yıldız,Yıldırım,Öztürk,Aydın,Özdemir,Arslan,Doğan,Kılıç,Aslan,'
'Al-Sayed,Haddad,Khoury,Nasser,Hamdan,Mansour,Saleh,Aziz,Rahman,Abdullah,El-Amin,Farouk,Karimi,Hosseini,Ahmadi,'
'Mohammadi,Rezaei,Moradi,Cohen,Levi,Mizrahi,Peretz,Biton,Friedman,Katz,Goldberg,Shapiro,'
'Sharma,Verma,Gupta,Patel,Singh,Kumar,Reddy,Iyer,Nair,Menon,Rao,Joshi,Desai,Mehta,Shah,Chatterjee,Banerjee,'
'Mukherjee,Das,Bose,Khan,Qureshi,Chaudhry,Malik,Hussain,Perera,Fernando,Silva,Jayasuriya,'
'Wang,Li,Zhang,Liu,Chen,Yang,Huang,Zhao,Wu,Zhou,Xu,Sun,Ma,Zhu,Hu,Guo,He,Lin,Luo,Gao,Zheng,Liang,Xie,Tang,'
'Sato,Suzuki,Takahashi,Tanaka,Watanabe,Ito,Yamamoto,Nakamura,Kobayashi,Kato,Yoshida,Yamada,Sasaki,Yamaguchi,'
'Matsumoto,Inoue,Kimura,Hayashi,Shimizu,Kim,Lee,Park,Choi,Jung,Kang,Cho,Yoon,Jang,Lim,Han,'
'Nguyen,Tran,Le,Pham,Hoang,Phan,Vu,Dang,Bui,Do,Ngo,Duong,Srisai,Chaiyaporn,Wongsakul,Santoso,Wijaya,Gunawan,'
'Kusuma,Reyes,Cruz,Bautista,Ocampo,Mendoza,Villanueva,Aquino,'
'Mensah,Boateng,Owusu,Asante,Okafor,Okonkwo,Eze,Nwosu,Adeyemi,Oladipo,Balogun,Bello,Tesfaye,Bekele,Girma,'
'Haile,Dlamini,Nkosi,Ndlovu,Khumalo,Mokoena,Mthembu,Kariuki,Mwangi,Odhiambo,Ochieng,Kimani,Diallo,Traoré,'
'Diop,Ndiaye,Keita,Coulibaly,Touré,Mbeki,'
'Flores,Rivera,Morales,Ortiz,Vargas,Herrera,Aguilar,Mendez,Chávez,Ríos,Guerrero,Salazar,Cabrera,Paredes,Valdez,'
'Te Whiu,Ngata,Parata,Kahale,Makoa,Tupou,Fifita',
',')) AS v;

-- Companies: a few thousand distinct names, made of a stem, an optional word and a legal form.
CREATE TEMP TABLE gen_companies AS
WITH stems(s) AS (SELECT unnest(string_to_array(
        'Acme,Globex,Initech,Umbrella,Stark,Wayne,Wonka,Hooli,Vandelay,Soylent,Tyrell,Cyberdyne,Aperture,Massive,'
        'Nakatomi,Oscorp,Pied Piper,Sterling,Dunder,Blue Sun,Gringotts,Monarch,Vortex,Nimbus,Apex,Zenith,Summit,'
        'Horizon,Evergreen,Silverline,Northwind,Contoso,Fabrikam,Tailspin,Litware,Adatum,Proseware,Lucerne,Wingtip,'
        'Alpine,Bluebird,Cedar,Delta,Everest,Falcon,Granite,Harbor,Indigo,Juniper,Keystone,Lighthouse,Meridian,'
        'Nova,Orion,Pinnacle,Quantum,Redwood,Sapphire,Titan,Unity,Vertex,Willow,Xenon,Yellowstone,Zephyr,Aurora,'
        'Beacon,Cobalt,Dynamo,Ember,Fjord,Glacier,Helix,Ion,Jade,Kraken,Lotus,Magnolia,Nebula,Onyx,Phoenix,Quartz,'
        'Raven,Sequoia,Tundra,Ultra,Vista,Wave,Yukon,Zen,Atlas,Borealis,Cascade,Dune,Echo,Flux,Gemini,Hydra', ',')) AS s),
     words(w) AS (SELECT unnest(string_to_array(
        ',Labs,Systems,Logistics,Foods,Health,Media,Capital,Software,Energy,Retail,Consulting,Analytics,Robotics,'
        'Travel,Textiles,Pharma,Motors,Studios,Networks,Bank,Insurance,Realty,Education,Games,Fashion,Security,Cloud,'
        'Mobility,Farms', ',')) AS w),
     forms(f) AS (SELECT unnest(array['', ' Inc.', ' GmbH', ' Ltd', ' S.A.', ' AG', ' LLC', ' Group', ' B.V.', ' KK']))
SELECT row_number() OVER (ORDER BY md5(s || w || f))::int AS i,
       s || CASE WHEN w = '' THEN '' ELSE ' ' || w END || f AS v
FROM stems, words, forms
ORDER BY 1
LIMIT 4000;   -- a few thousand distinct companies

-- 50 tags; the generator picks index k with probability ~ 1/k (Zipf), so "customer" is common and "beta-tester" rare.
CREATE TEMP TABLE gen_tags AS
SELECT row_number() OVER ()::int AS i, v
FROM unnest(string_to_array(
'customer,lead,newsletter,vip,prospect,trial,churn-risk,support,enterprise,smb,partner,reseller,webinar,'
'onboarding,renewal,upsell,billing,feedback,promoter,detractor,event-2025,event-2026,de,fr,es,us,uk,br,in,jp,'
'mobile,desktop,api-user,integration,referral,affiliate,influencer,press,investor,student,nonprofit,government,'
'healthcare,fintech,ecommerce,saas,agency,high-value,do-not-call,beta-tester', ',')) AS v;

CREATE TEMP TABLE gen_note_texts AS
SELECT row_number() OVER ()::int AS i, v
FROM unnest(array[
    'Called about the invoice; will pay by end of month.',
    'Interested in the enterprise plan, asked for a demo next week.',
    'Prefers to be contacted by email, not phone.',
    'Reported a bug in the mobile app (login loop on Android). Escalated to engineering.',
    'Renewal coming up in Q3, budget approved.',
    'Met at the trade fair in Berlin. Follow up with the pricing sheet.',
    'Asked to be removed from the newsletter.',
    'Very happy with support, offered to give a testimonial.',
    'Churn risk: complained twice about response times.',
    'Needs an integration with their CRM; sent the API docs.',
    'Decision maker is the CTO; this contact is the champion.',
    'Timezone UTC+9, call in the morning their time.',
    'Upgraded to 25 seats after the trial.',
    'Refund issued for the duplicate charge.',
    'Wants SSO and audit logs before signing.',
    'Speaks Spanish and Portuguese; prefers Spanish.',
    'Referred by an existing customer, give the referral discount.',
    'Out of office until the 15th.',
    'Asked about GDPR data processing agreement; sent the DPA.',
    'Long conversation about onboarding the second team. Schedule a workshop.',
    'Left a 5-star review on the marketplace.',
    'Payment failed twice, card expired.',
    'VIP: answer within one hour.',
    'Was confused by the new UI; walked them through it.',
    'Potential reseller in the Nordics.'
]) AS v;

CREATE TEMP TABLE gen_conversation_summaries AS
SELECT row_number() OVER ()::int AS i, v
FROM unnest(array[
    'Asked about pricing', 'Password reset', 'Shipping delay', 'Refund request', 'Feature request: dark mode',
    'Bug report', 'Onboarding questions', 'Invoice copy requested', 'Upgrade to annual plan', 'Cancelled order',
    'Integration help', 'Account locked', 'General inquiry', 'Complaint about response time', 'Thanks for the help'
]) AS v;

ANALYZE gen_first_names, gen_last_names, gen_companies, gen_tags, gen_note_texts, gen_conversation_summaries;
