"""Hand-written name lists for the people a big US city hospital sees, by group: (men, women, families).

Family names with a particle or two words are written with '_' for the space. Groups whose family names are a
father's given name (Somali, Ethiopian, Eritrean) list such names as families.
"""

from __future__ import annotations

_GROUPS: dict[str, tuple[str, str, str]] = {
    "anglo": (
        "Michael David James Robert William Christopher Matthew Daniel Joshua Andrew Ryan Brandon Tyler Kevin"
        " Jeffrey Scott Gregory Timothy Kyle Travis Dennis",
        "Jennifer Jessica Ashley Sarah Elizabeth Megan Lauren Emily Amanda Stephanie Rebecca Kimberly Heather"
        " Nicole Samantha Courtney Brittany Melissa Kathleen Deborah Lindsay",
        "Smith Johnson Williams Anderson Thompson Harris Clark Lewis Walker Allen Wright Scott Mitchell Campbell"
        " Roberts Phillips Evans Turner Parker Edwards Collins Stewart Morris Murphy Rogers Cooper Peterson Reed"
        " Howard Ward Cox Richardson Henderson Jenkins Perry Sullivan Hughes Myers Ellis Harrison",
    ),
    "hispanic": (
        "José Juan Luis Carlos Jesús Miguel Alejandro Francisco Jorge Ricardo Eduardo Fernando Héctor Arturo"
        " Raúl Sergio Rigoberto Ignacio Ezequiel Guadalupe Esteban",
        "María Guadalupe Rosa Verónica Leticia Maricela Yesenia Alejandra Araceli Gabriela Marisol Elena Patricia"
        " Lourdes Dulce Xiomara Yadira Itzel Ximena Socorro Brenda",
        "García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores Rivera Gómez Díaz"
        " Reyes Morales Cruz Ortiz Gutiérrez Chávez Ramos Ruiz Mendoza Álvarez Castillo Jiménez Vásquez Romero"
        " Herrera Medina Aguilar Vargas Castro Guzmán Velázquez Salazar Cervantes Zavala Quintanilla De_la_Cruz"
        " Del_Toro",
    ),
    "african_american": (
        "DeShawn Jamal Tyrone Darnell Marcus Terrence Andre Jerome Cedric Dwayne Malik Darius Lamar Reginald"
        " Kareem Jermaine Quincy Rashad Tremaine Demetrius DeAndre",
        "Latoya Keisha Tamika Shaniqua Ebony Aaliyah Imani Jasmine Tanisha Shanice Latasha Monique Keyonna"
        " Precious Lakisha Nia Dominique Tiara Kiara Shayla Ayanna",
        "Washington Jefferson Jackson Robinson Coleman Freeman Gaines Mosley Battle Dorsey Pettiford Outlaw"
        " Ransom Boykin Gatling Blakely Toussaint Whitfield Stallworth Merriweather Hairston Jernigan Pinckney"
        " Tolliver Fludd McDaniel Grier Pruitt Funderburk Walton Simmons Bynum Mayweather Dukes Wilkerson"
        " Cheatham Speight Hargrove Coakley Tillman",
    ),
    "vietnamese": (
        "Minh Tuấn Hùng Dũng Khoa Phúc Quang Thành Long Huy Bảo Đức Nam Trung Vinh Hiếu Tâm Thắng Khánh Sơn",
        "Mai Lan Hương Linh Trang Thảo Ngọc Hạnh Phương Thủy Hoa Vy Nhung Yến Uyên Diệp Loan Tuyết Hằng Trinh",
        "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh Trương"
        " Lâm Mai Châu Tôn Thái Tạ Quách Lưu Cao Hà Kiều Lương Mạc Nghiêm Tăng Văn Triệu Diệp Khổng",
    ),
    "chinese": (
        "Wei Jian Hao Jun Ming Lei Qiang Tao Bo Yong Zhiwei Xiaoming Jianguo Kai Chen Zhen Wen Feng Haoran"
        " Kwok-Wing Chun",
        "Fang Jing Li Na Xiu Ying Mei Yan Hui Lihua Xiaoling Yuqing Shu Qian Ling Yun Hong Wai-Man Siu-Ling Xinyi",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Zhou Wu Xu Sun Zhu Ma Hu Guo He Lin Luo Gao Zheng Liang Xie Tang"
        " Han Cao Feng Deng Xiao Cheng Cai Pan Yuan Jiang Du Ye Wong Chan Leung Kwok",
    ),
    "korean": (
        "Min-jun Seo-jun Ji-hoon Hyun-woo Jae-sung Dong-hyun Sung-min Young-ho Kwang-soo Jin-woo Tae-yang"
        " Sang-hoon Byung-chul Chang-min Hyuk Joon Seung-ho Do-yoon Ki-tae Myung-soo",
        "Ji-yeon Seo-yeon Min-seo Eun-ji Soo-jin Hye-jin Yu-na Ji-woo Mi-kyung Young-hee Sun-hee Eun-young"
        " Da-eun Ha-eun Jung-ah Bo-ra Na-rae Yoon-hee Kyung-ja Soon-ja",
        "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Jeon Hong Yoo Ko"
        " Moon Yang Son Bae Baek Heo Nam Noh Ha Kwak Sung Cha Joo Woo Min Ryu Chung Byun",
    ),
    "filipino": (
        "Jose Rodel Arnel Ronaldo Jericho Rommel Nestor Efren Danilo Reynaldo Joselito Marvin Jayson Bong"
        " Edgardo Rolando Jun Ferdinand Manuel Alvin",
        "Maricel Rowena Marites Jocelyn Analyn Luzviminda Divina Imelda Cristina Rosario Lorna Lovely Charmaine"
        " Jonalyn Marilou Teresita Gemma Nenita Princess Rhea",
        "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Aquino Villanueva Castillo Dela_Cruz Ramos Soriano"
        " Manalo Pascual Dizon Tolentino Macaraeg Dimaculangan Mangubat Evangelista Navarro Gatchalian Salonga"
        " Panganiban Lacson Magbanua Agbayani Buenaventura Sison Tuazon Sarmiento Abad Dumlao Fajardo Ilagan"
        " Quiambao Batungbakal Cabanatuan Malabanan",
    ),
    "indian": (
        "Rajesh Suresh Amit Vikram Arjun Sanjay Rahul Anil Pradeep Venkatesh Karthik Srinivas Ramesh Harish"
        " Deepak Manoj Aditya Rohan Gurpreet Harjit",
        "Priya Lakshmi Anjali Deepa Sunita Kavita Meena Pooja Divya Shreya Neha Radha Padma Sushma Aishwarya"
        " Geeta Harpreet Manpreet Savitri Ananya",
        "Patel Shah Sharma Gupta Singh Reddy Rao Iyer Nair Menon Desai Mehta Joshi Kulkarni Banerjee Chatterjee"
        " Mukherjee Bhattacharya Krishnan Subramanian Venkataraman Pillai Agarwal Malhotra Kapoor Chopra Bhatt"
        " Trivedi Chaudhary Sandhu Grewal Dhillon Gill Naidu Hegde Kamath Shetty Ghosh Bose Pandey",
    ),
    "pakistani": (
        "Muhammad Ahmed Ali Imran Usman Bilal Faisal Tariq Kamran Asif Zubair Shahid Naveed Waqar Adnan Haris"
        " Junaid Saad Farhan Zeeshan",
        "Ayesha Fatima Sana Hira Rabia Mehwish Saima Nadia Amna Zainab Bushra Uzma Farah Shazia Kiran Maryam"
        " Nida Iqra Samina Rukhsana",
        "Khan Qureshi Malik Chaudhry Butt Akhtar Raza Siddiqui Hussain Javed Iqbal Abbasi Sheikh Mirza Baig"
        " Awan Rana Bhatti Cheema Gondal Tarar Warraich Niazi Durrani Afridi Yousafzai Khattak Jatoi Memon"
        " Soomro Leghari Mazari Shirazi Ansari Rizvi Naqvi Zaidi Jafri Gilani Kazmi",
    ),
    "arab": (
        "Mohammed Ahmad Omar Khalid Youssef Hassan Hussein Ibrahim Mahmoud Mustafa Tariq Sami Rami Ziad Fadi"
        " Nabil Walid Majid Karim Bassam",
        "Fatima Aisha Layla Noor Mariam Rania Huda Samira Yasmin Dina Hanan Lina Reem Nadia Salma Amira Maha"
        " Suha Ghada Rasha",
        "Haddad Khoury Nasser Saleh Mansour Hamdan Abboud Awad Darwish Ghanem Haddadin Jaber Kassem Khalil"
        " Najjar Odeh Qasim Rahal Saad Shaheen Tannous Yousef Zein Al-Masri Al-Hashimi Abdelrahman Barakat"
        " Bishara Hijazi Issa Karam Maalouf Nassar Sabbagh Sayegh Taha Zaher El-Amin Abu-Khalil Al-Rawi",
    ),
    "somali": (
        "Abdirahman Abdullahi Mohamed Ahmed Hassan Abdi Omar Yusuf Ismail Abdiweli Farah Mahad Liban Guled"
        " Bashir Khalid Sharmarke Abdikarim Hamza Said",
        "Hodan Fadumo Amina Sahra Halima Ifrah Ayan Hibo Ubah Nimco Faiza Deeqa Sagal Ruqia Hawa Asha Khadra"
        " Idil Filsan Najma",
        "Warsame Jama Abdi Mohamud Ali Aden Hersi Egal Dirie Farah Samatar Osman Nur Yusuf Ibrahim Hussein"
        " Gedi Duale Mohamed Elmi Guled Ismail Shire Bile Roble Awale Hirsi Abdulle Qalib Dahir Musse Barre"
        " Olad Adan Haji Gutale Magan Sheikh Abdiqadir Kahin",
    ),
    "ethiopian": (
        "Abebe Tesfaye Dawit Yohannes Solomon Girma Bekele Mulugeta Getachew Tadesse Henok Mesfin Biniam Kebede"
        " Alemayehu Yonas Samuel Fikru Tewodros Habtamu",
        "Tigist Meron Selam Hirut Almaz Bethlehem Mekdes Tsion Rahel Aster Genet Hanna Lidya Eden Saba Azeb"
        " Yeshi Frehiwot Meseret Zewditu",
        "Tesfaye Bekele Alemu Haile Mengistu Gebremariam Wolde Tadesse Girma Abera Kebede Desta Assefa Demissie"
        " Negash Lemma Ayele Worku Mekonnen Tilahun Getahun Yilma Berhanu Shiferaw Kassa Wondimu Gebre Fantaye"
        " Zewdie Hailu Seyoum Tekle Asfaw Gizaw Derese Mamo Birhane Woldemichael Gebeyehu Tefera",
    ),
    "haitian": (
        "Jean-Baptiste Pierre Wilner Jean-Claude Frantz Jacques Wesner Rony Fritz Yves Claudel Junior Mackenson"
        " Ricardo Jonas Wisly Jean-Robert Emmanuel Stanley Jovenel",
        "Marie-Claire Nadège Guerline Rose-Marie Mirlande Fabienne Widline Roseline Darline Nathalie Lovely"
        " Magalie Yolande Clotilde Marjorie Esther Farah Myrlande Sherline Edeline",
        "Jean-Louis Pierre-Louis Joseph Charles Étienne Desir Dorval Toussaint Baptiste Celestin Fils-Aimé"
        " Augustin Alexis Saint-Fleur Saint-Louis Lafontant Jeanty Moïse Dorcely Bien-Aimé Destin Lubin"
        " Exantus Jolicoeur Laguerre Pierre Valcourt Noel Beauvoir Casimir Florestal Innocent Lamothe Michel"
        " Petit-Frère Simeon Thermidor Vilsaint Zamor Octave",
    ),
    "hmong": (
        "Tou Pao Kou Chue Fue Nhia Neng Xay Yeng Teng Shoua Cheng Bee Long Seng Vang Txawj Npis Kao Ger",
        "Mai Pa Nou Bao Kia Youa Choua Zoua Ia Kalia Pahoua Mainhia Yer Yia Maiv Ntxhi Paj Nkauj Sheng Chia",
        "Vang Xiong Yang Lee Lor Moua Thao Her Vue Kue Chang Hang Khang Cha Fang Kong Pha Chue Lo Vaj Xyooj Yaj"
        " Lis Lauj Muas Thoj Hawj Vwj Kwm Tsab Haam Khab Tsheej Faj Koo Phab Tswb Ly Yaaj Heu",
    ),
    "navajo": (
        "Delbert Leonard Wilson Harrison Darrell Marvin Alvin Lorenzo Nelson Kee Hastiin Jaxon Leroy Ahiga"
        " Gilbert Freddie Raymond Herman Benson Elmer",
        "Darlene Loretta Marlene Arlene Bernadette Shandiin Nizhoni Winona Doli Yanaba Tazbah Lorraine Verna"
        " Roberta Charlene Jolene Kimberlin Arlena Sadie Elouise",
        "Begay Yazzie Benally Tsosie Nez Begaye Etsitty Tso Chee Manygoats Bitsui Yellowhair Curley Charley"
        " Largo Tohee Tsinajinnie Tohannie Peshlakai Silversmith Etcitty Hosteen Keyonnie Nakai Watchman Bahe"
        " Attakai Benallie Denetsosie Whitehorse Skeet Yellowman Claw Tsinnijinnie Notah Bedonie Cly Kinlicheenie"
        " Lameman Blackgoat",
    ),
    "polish": (
        "Krzysztof Piotr Tomasz Paweł Marcin Grzegorz Andrzej Łukasz Michał Jacek Wojciech Zbigniew Stanisław"
        " Mariusz Dariusz Janusz Kazimierz Bartosz Wiesław Jerzy",
        "Agnieszka Katarzyna Małgorzata Joanna Magdalena Barbara Ewa Beata Dorota Jadwiga Halina Bożena Grażyna"
        " Urszula Krystyna Renata Elżbieta Wioletta Zofia Teresa",
        "Kowalski Nowak Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski"
        " Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Pawłowski Michalski Nowicki"
        " Adamczyk Dudek Zając Wieczorek Jabłoński Król Majewski Olszewski Jaworski Malinowski Pawlak Witkowski"
        " Walczak Stępień Górski Rutkowski Sikora Baran Szczepański",
    ),
    "russian": (
        "Aleksandr Dmitri Sergei Andrei Alexei Mikhail Ivan Nikolai Vladimir Yuri Oleg Igor Boris Pavel Konstantin"
        " Vadim Gennady Anatoly Maxim Artyom",
        "Olga Tatiana Natalia Svetlana Irina Yelena Ludmila Galina Marina Anastasia Ekaterina Oksana Larisa"
        " Valentina Nadezhda Yulia Raisa Zinaida Alla Vera",
        "Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov Volkov"
        " Alekseev Lebedev Semenov Egorov Pavlov Kozlov Stepanov Nikolaev Orlov Andreev Makarov Zakharov Zaitsev"
        " Solovyov Borisov Yakovlev Grigoriev Romanov Vorobyov Sergeev Frolov Belov Gusev Titov Kuzmina Ivanova"
        " Smirnova Volkova",
    ),
    "ukrainian": (
        "Oleksandr Mykola Taras Bohdan Yaroslav Volodymyr Andriy Serhiy Vasyl Petro Ostap Dmytro Yuriy Roman"
        " Ihor Oleh Vitaliy Mykhailo Stepan Hryhoriy",
        "Oksana Olena Iryna Nataliya Halyna Larysa Svitlana Tetiana Kateryna Yulia Khrystyna Solomiya Mariya"
        " Lesya Oleksandra Hanna Daryna Nadiya Viktoriya Liudmyla",
        "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Boyko Melnyk Koval Oliynyk Lysenko Marchenko"
        " Savchenko Rudenko Moroz Petrenko Pavlenko Kozak Hnatyuk Zhuk Tkachuk Kovalchuk Polishchuk Savchuk"
        " Romanyuk Levchenko Kharchenko Hrytsenko Yaremchuk Didenko Ponomarenko Sydorenko Fedorchuk Holub"
        " Demchenko Ostapchuk Klymenko Sheremeta Vovk Horbunov Panchenko",
    ),
    "greek": (
        "Georgios Dimitrios Konstantinos Ioannis Nikolaos Panagiotis Christos Vasilios Athanasios Evangelos"
        " Spyridon Theodoros Stavros Michail Apostolos Kyriakos Stelios Charalambos Petros Andreas",
        "Maria Eleni Aikaterini Vasiliki Sofia Angeliki Georgia Dimitra Konstantina Paraskevi Anastasia Despina"
        " Eftychia Chrysoula Kalliopi Fotini Stavroula Theodora Irini Panagiota",
        "Papadopoulos Papadakis Georgiou Dimitriou Nikolaidis Konstantinidis Ioannou Vlachos Pappas"
        " Karagiannis Christodoulou Antoniou Makris Oikonomou Alexiou Theodorou Stavropoulos Kostopoulos"
        " Angelopoulos Panagiotopoulos Michailidis Athanasiou Kouris Galanis Demetriades Chatzopoulos Lambrou"
        " Sotiropoulos Tsakalos Zervas Kyriakou Mavros Andreou Katsaros Kalogeropoulos Anagnostou Giannakopoulos"
        " Karamanlis Spanos Dukakis",
    ),
    "italian": (
        "Giuseppe Giovanni Antonio Salvatore Francesco Vincenzo Domenico Luigi Angelo Carmine Gennaro Enzo"
        " Raffaele Massimo Stefano Alessandro Marco Pasquale Rocco Vito",
        "Giuseppina Maria Rosaria Concetta Carmela Francesca Antonietta Giovanna Angela Lucia Teresa Assunta"
        " Gabriella Chiara Alessandra Serena Giulia Annunziata Filomena Immacolata",
        "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca"
        " Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara"
        " Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola De_Santis D'Angelo"
        " Di_Napoli",
    ),
    "irish": (
        "Seamus Padraig Ciaran Declan Eoin Cormac Niall Fergal Donal Liam Colm Kieran Brendan Dermot Cathal"
        " Fintan Oisin Tadhg Ruairi Aidan",
        "Siobhan Aoife Niamh Saoirse Ciara Aisling Roisin Sinead Caoimhe Orla Maeve Grainne Deirdre Eilish"
        " Brigid Clodagh Nuala Sorcha Mairead Ailbhe",
        "O'Brien O'Sullivan O'Connor O'Neill McCarthy Walsh Byrne Ryan O'Reilly Doyle Kennedy Lynch Murray"
        " Quinn Moore McLaughlin Carroll Connolly Daly Dunne Brennan Kavanagh Fitzgerald Gallagher Flanagan"
        " Keane Hennessy Donnelly Mulcahy Ó_Súilleabháin McNamara Kearney Mahoney Callaghan Sheehan Madigan"
        " Cullinane Costello Geraghty MacGowan",
    ),
    "portuguese_brazilian": (
        "João António Manuel Francisco Paulo Rodrigo Thiago Gustavo Leandro Fábio Márcio Rogério Joaquim"
        " Sebastião Vinícius Diogo Nuno Tiago Luís Gonçalo",
        "Ana Fernanda Juliana Luana Tatiane Aparecida Conceição Graça Fátima Leonor Inês Beatriz Mariana Thaís"
        " Raquel Simone Cláudia Luciana Adriana Rosângela",
        "Silva Santos Oliveira Souza Pereira Costa Rodrigues Almeida Nascimento Lima Araújo Fernandes Carvalho"
        " Gomes Martins Rocha Ribeiro Alves Monteiro Mendes Barros Freitas Barbosa Pinto Moura Cavalcanti Dias"
        " Castro Campos Cardoso Teixeira Vieira Correia Magalhães Sousa Figueiredo Loureiro da_Silva dos_Santos"
        " da_Conceição",
    ),
    "nigerian": (
        "Chinedu Emeka Obinna Chukwuemeka Ikechukwu Oluwaseun Babatunde Adebayo Olumide Tunde Femi Segun Kunle"
        " Nnamdi Uchenna Musa Abubakar Sani Ifeanyi Kelechi",
        "Ngozi Chiamaka Adaeze Chioma Nkechi Funmilayo Folake Yetunde Omolara Bukola Temitope Ifeoma Amaka"
        " Uchechi Blessing Hauwa Zainab Aisha Titilayo Oluwakemi",
        "Okafor Okonkwo Eze Nwosu Okeke Obi Nwachukwu Chukwu Onyekachi Adeyemi Adebayo Ogunleye Olawale"
        " Oyelaran Akinola Adeleke Babatunde Balogun Bello Ibrahim Abdullahi Usman Danjuma Okoro Uzoma Ikwuemesi"
        " Anyanwu Onwuachu Ogbonna Ezeh Afolabi Oyewole Ogundipe Fashola Adekunle Oladipo Olatunji Amadi Iheanacho"
        " Akande",
    ),
    "eritrean": (
        "Tesfalem Yonas Mehari Dawit Filmon Kibrom Habte Senai Tewelde Berhane Amanuel Ermias Ghirmay Samson"
        " Yohannes Efrem Natnael Mussie Aron Kidane",
        "Selamawit Senait Luwam Helen Saba Mebrat Letebrhan Yordanos Ruta Abrehet Semhar Winta Feven Hiwet"
        " Mizan Tsega Azieb Freweini Milen Elsa",
        "Tesfamariam Ghebremedhin Haile Berhe Tekle Kidane Woldu Andemariam Ghebreyesus Tesfay Mehreteab"
        " Habtemariam Mebrahtu Yemane Kahsay Weldemichael Fessehaye Gebreselassie Asmerom Negassi Okbazghi"
        " Zerai Tewolde Abraha Ghebrehiwet Teklemariam Solomon Russom Bereket Kiflom Ogbazghi Tsegai Hagos"
        " Sium Andom Ghirmai Naizghi Gebremeskel Tesfagiorgis Embaye",
    ),
}

# English given and family names that are also ordinary words: about one person in four wears them.
WORD_GIVEN_WOMEN = [
    "Hope",
    "Rose",
    "Grace",
    "Faith",
    "Dawn",
    "Skye",
    "Joy",
    "Summer",
    "Autumn",
    "Ivy",
    "Iris",
    "Daisy",
    "Holly",
    "Amber",
    "Ruby",
    "Pearl",
    "Crystal",
    "Destiny",
    "Heather",
    "Violet",
    "Honey",
    "Patience",
    "Charity",
    "Mercy",
    "Bliss",
    "Star",
    "Angel",
    "Robin",
    "Hazel",
    "Olive",
    "Willow",
    "Jewel",
    "Lily",
    "Sunny",
    "Serenity",
    "Harmony",
    "Brooke",
    "Clementine",
]
WORD_GIVEN_MEN = [
    "Forrest",
    "River",
    "Rusty",
    "Buck",
    "Frank",
    "Jack",
    "Mark",
    "Will",
    "Grant",
    "Wade",
    "Lance",
    "Drew",
    "Sonny",
    "Major",
    "Royal",
    "King",
    "Chase",
    "Hunter",
    "Rocky",
    "Duke",
    "Ace",
    "Stone",
    "Cash",
    "Bud",
    "Gene",
    "Art",
    "Guy",
    "Dusty",
    "Woody",
    "Colt",
    "Bishop",
    "Sterling",
    "Heath",
    "Clay",
    "Lincoln",
    "Ray",
    "Glen",
    "Dale",
    "Earl",
]
WORD_FAMILIES = [
    "Bishop",
    "Marsh",
    "Stone",
    "Fields",
    "Brooks",
    "Wolf",
    "Fox",
    "Young",
    "Strong",
    "Price",
    "Hill",
    "Rice",
    "Bush",
    "Wood",
    "Black",
    "White",
    "Green",
    "Brown",
    "Long",
    "Little",
    "Small",
    "Bell",
    "Cook",
    "Baker",
    "Miller",
    "Hunter",
    "Fisher",
    "Mason",
    "Page",
    "Parks",
    "Banks",
    "Lane",
    "Rivers",
    "Hall",
    "Wells",
    "Moody",
    "Sharp",
    "Frost",
    "Snow",
    "Winter",
    "Summers",
    "Love",
    "Moon",
    "Lamb",
    "Bird",
    "Swan",
    "Crane",
    "Hope",
    "Rose",
    "Day",
    "Knight",
    "Shepherd",
    "Carpenter",
    "Porter",
    "Woods",
    "Field",
    "Bridges",
    "Church",
    "Gold",
    "Silver",
    "Best",
    "Wise",
    "Noble",
    "Golden",
    "Story",
    "Ball",
    "Glass",
    "Hale",
]


def _split(text: str) -> list[str]:
    return [word.replace("_", " ") for word in text.split()]


GROUPS: dict[str, tuple[list[str], list[str], list[str]]] = {
    group: (_split(men), _split(women), _split(families)) for group, (men, women, families) in _GROUPS.items()
}

# Some family names in their own script, as families write them on intake forms.
NATIVE_SCRIPT: dict[str, str] = {
    "Wang": "王",
    "Li": "李",
    "Zhang": "张",
    "Liu": "刘",
    "Chen": "陈",
    "Yang": "杨",
    "Huang": "黄",
    "Zhao": "赵",
    "Zhou": "周",
    "Wu": "吴",
    "Lin": "林",
    "Wong": "黄",
    "Chan": "陈",
    "Kim": "김",
    "Lee": "이",
    "Park": "박",
    "Choi": "최",
    "Jung": "정",
    "Kang": "강",
    "Cho": "조",
    "Yoon": "윤",
    "Ivanov": "Иванов",
    "Smirnov": "Смирнов",
    "Petrov": "Петров",
    "Volkov": "Волков",
    "Popov": "Попов",
    "Shevchenko": "Шевченко",
    "Kovalenko": "Коваленко",
    "Bondarenko": "Бондаренко",
    "Melnyk": "Мельник",
    "Papadopoulos": "Παπαδόπουλος",
    "Georgiou": "Γεωργίου",
    "Ioannou": "Ιωάννου",
    "Haddad": "حداد",
    "Khoury": "خوري",
    "Nasser": "ناصر",
    "Khalil": "خليل",
    "Abebe": "አበበ",
    "Tesfaye": "ተስፋዬ",
    "Bekele": "በቀለ",
    "Haile": "ኃይሌ",
    "Girma": "ግርማ",
}
