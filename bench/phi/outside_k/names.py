"""Hand-written name lists for corpus K: (female given, male given, family) per culture, native scripts, staff.

Written from general knowledge for this corpus alone. Ethiopian and Somali people carry their father's given
name where others carry a family name, so those "family" lists are fathers' names. Amharic, Ukrainian and
Nepali names carry their own script (``NATIVE``); Vietnamese keeps its tone marks and is also written folded.
"""

# ruff: noqa: RUF001  (Ethiopic, Cyrillic and Devanagari letters are letters, not look-alike quotes)
from __future__ import annotations


def split_words(text: str) -> list[str]:
    return [w.replace("_", " ") for w in text.split()]


def _pairs(text: str) -> dict[str, str]:
    """'Latin=Native' pairs, '_' standing for a space inside either side."""
    out = {}
    for pair in text.split():
        latin, native = pair.split("=")
        out[latin.replace("_", " ")] = native.replace("_", " ")
    return out


AMHARIC_F = _pairs(
    "Almaz=አልማዝ Tigist=ትዕግስት Meseret=መሰረት Hirut=ሂሩት Selamawit=ሰላማዊት Bethlehem=ቤተልሔም Tsion=ጽዮን"
    " Mekdes=መቅደስ Hanna=ሐና Rahel=ራሔል Meron=ሜሮን Eleni=ኤሌኒ Aster=አስቴር Birtukan=ብርቱካን Genet=ገነት"
    " Saba=ሳባ Tirunesh=ጥሩነሽ Mulu=ሙሉ Frehiwot=ፍሬሕይወት Yemisrach=የምሥራች Zewditu=ዘውዲቱ"
)
AMHARIC_M = _pairs(
    "Abebe=አበበ Tesfaye=ተስፋዬ Getachew=ጌታቸው Dawit=ዳዊት Yohannes=ዮሐንስ Solomon=ሰለሞን Girma=ግርማ"
    " Alemayehu=አለማየሁ Mulugeta=ሙሉጌታ Berhanu=ብርሃኑ Tewodros=ቴዎድሮስ Mesfin=መስፍን Yared=ያሬድ"
    " Ermias=ኤርሚያስ Henok=ሄኖክ Biniam=ቢንያም Fikre=ፍቅሬ Negash=ነጋሽ Eyob=ኢዮብ Samuel=ሳሙኤል Kidus=ቅዱስ"
)
AMHARIC_FATHERS = _pairs(
    "Tadesse=ታደሰ Bekele=በቀለ Kebede=ከበደ Haile=ኃይሌ Gebremedhin=ገብረመድህን Alemu=አለሙ Mengistu=መንግሥቱ"
    " Desta=ደስታ Assefa=አሰፋ Worku=ወርቁ Ayele=አየለ Tefera=ተፈራ Demissie=ደምሴ Woldemariam=ወልደማርያም"
    " Mekonnen=መኮንን Tessema=ተሰማ Abera=አበራ Zewdie=ዘውዴ Negussie=ንጉሤ Asfaw=አስፋው Getahun=ጌታሁን"
    " Shiferaw=ሽፈራው Birru=ብሩ Hailu=ኃይሉ Yilma=ይልማ Kassa=ካሳ Gizaw=ግዛው Fantahun=ፋንታሁን"
    " Tilahun=ጥላሁን Mamo=ማሞ Wondimu=ወንድሙ Gebreyes=ገብረየስ"
)
UKRAINIAN_F = _pairs(
    "Oksana=Оксана Olena=Олена Iryna=Ірина Nataliia=Наталія Tetiana=Тетяна Yuliia=Юлія Halyna=Галина"
    " Liudmyla=Людмила Svitlana=Світлана Kateryna=Катерина Viktoriia=Вікторія Mariia=Марія"
    " Anastasiia=Анастасія Daryna=Дарина Solomiia=Соломія Khrystyna=Христина Nadiia=Надія Larysa=Лариса"
    " Zoriana=Зоряна Bohdana=Богдана Oleksandra=Олександра"
)
UKRAINIAN_M = _pairs(
    "Oleksandr=Олександр Andrii=Андрій Serhii=Сергій Volodymyr=Володимир Mykola=Микола Dmytro=Дмитро"
    " Taras=Тарас Yurii=Юрій Vasyl=Василь Bohdan=Богдан Petro=Петро Ihor=Ігор Oleh=Олег Mykhailo=Михайло"
    " Yaroslav=Ярослав Stepan=Степан Ostap=Остап Vitalii=Віталій Roman=Роман Maksym=Максим"
    " Anatolii=Анатолій"
)
UKRAINIAN_FAMILY = _pairs(
    "Kovalenko=Коваленко Bondarenko=Бондаренко Tkachenko=Ткаченко Kravchenko=Кравченко Melnyk=Мельник"
    " Boiko=Бойко Koval=Коваль Oliinyk=Олійник Lysenko=Лисенко Marchenko=Марченко Rudenko=Руденко"
    " Savchenko=Савченко Petrenko=Петренко Moroz=Мороз Pavlenko=Павленко Kovalchuk=Ковальчук"
    " Polishchuk=Поліщук Tkachuk=Ткачук Savchuk=Савчук Hnatiuk=Гнатюк Ponomarenko=Пономаренко"
    " Kharchenko=Харченко Symonenko=Симоненко Levchenko=Левченко Karpenko=Карпенко Yatsenko=Яценко"
    " Sydorenko=Сидоренко Zinchenko=Зінченко Hrytsenko=Гриценко Vovk=Вовк Dovzhenko=Довженко"
    " Fedoriv=Федорів Demchuk=Демчук Humeniuk=Гуменюк Stasiuk=Стасюк"
)
NEPALI_F = _pairs(
    "Sita=सीता Gita=गीता Laxmi=लक्ष्मी Sarita=सरिता Sabina=सबिना Anita=अनिता Kamala=कमला Pramila=प्रमिला"
    " Sunita=सुनिता Manisha=मनिषा Srijana=सृजना Radhika=राधिका Januka=जनुका Dil_Maya=दिल_माया"
    " Pabitra=पवित्रा Rupa=रुपा Samjhana=सम्झना Nirmala=निर्मला Durga=दुर्गा Bhagawati=भगवती"
    " Chandra_Kala=चन्द्र_कला"
)
NEPALI_M = _pairs(
    "Hari=हरि Krishna=कृष्ण Bishal=विशाल Prakash=प्रकाश Dipendra=दिपेन्द्र Bikash=विकास Suman=सुमन"
    " Santosh=सन्तोष Ramesh=रमेश Dil_Bahadur=दिल_बहादुर Man_Bahadur=मन_बहादुर Bhim=भीम Nabin=नविन"
    " Sagar=सागर Rajendra=राजेन्द्र Gopal=गोपाल Dambar=डम्बर Khadga=खड्ग Purna=पूर्ण Tek_Nath=टेक_नाथ"
    " Devi_Lal=देवी_लाल"
)
NEPALI_FAMILY = _pairs(
    "Gurung=गुरुङ Tamang=तामाङ Limbu=लिम्बू Magar=मगर Adhikari=अधिकारी Bhattarai=भट्टराई Dahal=दाहाल"
    " Subedi=सुवेदी Khatiwada=खतिवडा Ghimire=घिमिरे Pokhrel=पोखरेल Thapa=थापा Shrestha=श्रेष्ठ"
    " Poudel=पौडेल Koirala=कोइराला Dhakal=ढकाल Bhandari=भण्डारी Karki=कार्की Basnet=बस्नेत"
    " Chhetri=क्षेत्री Biswa=विश्वा Siwakoti=सिवाकोटी Timsina=तिम्सिना Luitel=लुइटेल Acharya=आचार्य"
    " Mongar=मोंगर Dhungana=ढुङ्गाना Niroula=निरौला Rizal=रिजाल Kafle=काफ्ले"
)

NATIVE: dict[str, dict[str, str]] = {
    "Amharic": {**AMHARIC_F, **AMHARIC_M, **AMHARIC_FATHERS},
    "Ukrainian": {**UKRAINIAN_F, **UKRAINIAN_M, **UKRAINIAN_FAMILY},
    "Nepali": {**NEPALI_F, **NEPALI_M, **NEPALI_FAMILY},
}

GROUPS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "US": (
        split_words(
            "Jennifer Ashley Brittany Megan Kayla Courtney Danielle Shannon Kristen Lauren Alyssa Brianna"
            " Kaitlyn Madison Tamara Latoya Keisha Shanice Rochelle Deborah Gloria Beverly Loretta Tonya"
        ),
        split_words(
            "Tyler Brandon Cody Dustin Travis Kyle Jeremy Shawn Marcus Terrell DeShawn Jamal Darius Curtis"
            " Dwayne Harold Gerald Lonnie Wendell Floyd Vernon Clarence Earnest Kenneth"
        ),
        split_words(
            "Johnson Williams Jones Davis Wilson Thompson Jackson Harris Robinson Lewis Washington Jefferson"
            " Coleman Simmons Patterson Henderson Perkins Hawkins Crawford Griffin Sullivan O'Brien McCarthy"
            " Kowalski Schultz Duffy Gallagher Pruitt Whitaker Dunlap Holloway Burke Yoder McAllister"
            " Thibodeaux Delgado Okafor-Reese Villanueva"
        ),
    ),
    "Vietnamese": (
        split_words(
            "Hoa Lan Mai Linh Trang Thảo Hương Ngọc Hạnh Phương Hằng Thủy Loan Nhung Dung Huyền Yến Trinh Vy"
            " Tuyết Hiền Nga Oanh Diễm"
        ),
        split_words(
            "Minh Tuấn Hùng Dũng Quang Thắng Long Hải Sơn Phúc Khoa Bảo Huy Trung Vinh Đức Thanh Tâm Hiếu"
            " Toàn Cường Lộc Khánh"
        ),
        split_words(
            "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương Lâm Tạ Châu"
            " Quách Cao Lương Tôn Thái Kiều Hà Mạc Triệu Đoàn Lưu Tăng Khúc Giang"
        ),
    ),
    "Haitian": (
        split_words(
            "Nadège Guerline Widline Mirlande Fabiola Darline Yolande Magalie Roseline Kettly Jésula"
            " Marie-Ange Nathalie Sherline Fédnie Islande Naomie Rachelle Myrlande Wislande Marie-Carmel"
            " Bernadette"
        ),
        split_words(
            "Wilner Fritzner Wisnel Mackenson Frantz Dieuseul Dieudonné Lesly Ernst Wilkens Jean-Robert"
            " Jean-Claude Réginald Yves Garry Jocelyn Evens Kervens Stanley Jameson Woodly Ti-Paul"
        ),
        split_words(
            "Pierre Jean-Louis Joseph Charles Baptiste Dorvil Célestin Louis-Jeune Augustin Exantus Désir"
            " Jean-Pierre Saint-Fleur Toussaint Bien-Aimé Laguerre Métellus Dorcéus Fleurimond Jeudy"
            " Théodore Destin Étienne Cadet Joassaint Mompremier Michel Sanon Polynice Pétion Estimé Alexis"
            " Voltaire Dessalines Casimir Lindor"
        ),
    ),
    "Somali": (
        split_words(
            "Hodan Faadumo Fadumo Sahra Khadra Ayaan Hibaaq Nimco Ubax Ladan Sagal Deeqa Idil Ifrah Hamdi"
            " Asha Ruqiya Filsan Kaltuun Maryan Shukri Warsan Hawo Sucaad"
        ),
        split_words(
            "Abdirahman Abdullahi Mohamed Maxamed Axmed Ahmed Cabdi Abdi Xasan Hassan Yusuf Ismaaciil Guled"
            " Bashir Mahad Liban Abdiwali Mustafe Hamse Sharmarke Bile Jama Cismaan Abdikarim"
        ),
        split_words(
            "Warsame Jama Farah Osman Hussein Xuseen Aden Cadde Egal Mohamud Maxamuud Nur Hirsi Dualeh"
            " Samatar Guleed Duale Omar Ismail Elmi Barre Mire Diriye Gedi Qasim Shire Abdulle Dahir Waberi"
            " Ugas Roble Cali Warfaa Yuusuf"
        ),
    ),
    "Amharic": (list(AMHARIC_F), list(AMHARIC_M), list(AMHARIC_FATHERS)),
    "Hmong": (
        split_words(
            "Maiv Nou Ying Houa Kia Pang Bao Chia Youa Xee Zoua Yer Kalia Choua Mee Xia Nalee Mayhoua Lia"
            " Pahoua Sheng Dao Kazoua Maiv_Yer"
        ),
        split_words(
            "Tou Kou Pao Fue Neng Xeng Cher Yeng Teng Chue Nhia Shoua Kao Blong Xai Phong Seng Doua Chai"
            " Koua Txoov Tswb Nhiaj"
        ),
        split_words(
            "Xiong Vang Yang Lee Lor Moua Thao Her Vue Hang Khang Chang Kue Cha Thor Fang Kong Cheng Xyooj"
            " Vaj Yaj Lis Lauj Muas Thoj Hawj Vwj"
        ),
    ),
    "Ukrainian": (list(UKRAINIAN_F), list(UKRAINIAN_M), list(UKRAINIAN_FAMILY)),
    "Brazilian": (
        split_words(
            "Juliana Fernanda Camila Larissa Letícia Gabriela Beatriz Luciana Patrícia Adriana Vanessa Aline"
            " Daniela Tatiane Francisca Raimunda Conceição Rosângela Marcela Thaís Débora Luana Jaqueline"
            " Ana_Paula"
        ),
        split_words(
            "João José Antônio Francisco Carlos Paulo Pedro Lucas Marcos Luiz Gabriel Rafael Thiago Rodrigo"
            " Felipe Leandro Wellington Cleiton Reginaldo Edson Gilberto Sebastião Raimundo Josué"
        ),
        split_words(
            "Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Ribeiro Carvalho"
            " Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias Nascimento Andrade Moreira Nunes"
            " Marques Machado Mendes Freitas Cardoso Ramos Gonçalves Teixeira Cavalcanti Araújo Monteiro"
            " Moura Correia Batista Campos"
        ),
    ),
    "Kiche": (
        split_words(
            "Juana Petrona Micaela Tomasa Sebastiana Manuela Candelaria Dominga Florinda Catarina Lucía"
            " Ixchel Ixmukane Eulalia Rosalía Magdalena Concepción Vilma Olga Yesenia Brenda Heidy"
        ),
        split_words(
            "Tomás Diego Juan Gaspar Baltazar Mateo Domingo Sebastián Pascual Nicolás Cristóbal Andrés"
            " Marvin Byron Edvin Wilmer Elmer Selvin Mynor Hugo Jacinto Eliseo"
        ),
        split_words(
            "Xiloj Tzul Ajpop Cux Tuyuc Quiej Batz Chumil Coj Tecún Ixcot Chivalán Saquic Tzunún Toj Tzoc"
            " Ixcoy Tum Canil Chach Ajanel Guarchaj Sicajau Quino Puac Tiu Tojín Yax Caal Choc López Pérez"
            " Hernández Morales Velásquez Ramírez Chávez Tepaz"
        ),
    ),
    "Nepali": (list(NEPALI_F), list(NEPALI_M), list(NEPALI_FAMILY)),
}

# Where the family name goes first when the person writes it themselves.
FAMILY_FIRST = {"Vietnamese", "Hmong", "Ukrainian"}
# Vietnamese middle names by sex, written between family and given name.
VIET_MIDDLE = {True: split_words("Thị Ngọc Thu Kim Bích"), False: split_words("Văn Hữu Đình Quốc Minh")}

# English names that are also ordinary words, chosen from words no other bench corpus uses as a name.
ENGLISH_WORDS = (
    split_words(
        "Peg Eve Gem Essence Victory Bonnie Birdie Missy Clarity Charisma Mystery Reign Cocoa Infinity"
        " Eternity Symphony Spirit Dream Wonder Spice Windy"
    ),
    split_words(
        "Butch Buzz Mack Rip Link Pip Norm Sly Jimmy Champ Slim Curly Chief Tag Hub Rowdy Shorty Cub"
        " Sarge Gage Rex Knox Hoss"
    ),
    split_words(
        "Salt Bullock Stark Meek Fortune Paradise Foot Burns Key Lock Noon Hazard Grey Coffin Hedges Stack"
        " Stock Stump Hay Crisp Wick Hatch Bone Marrow Cheek Brain Boot Coach Hook Pinch Collar Hood"
        " Mantle Gammon Veal Stitch Wedge Spoon Glove Dart Wheel Roof"
    ),
)

# Nicknames a family or a nurse uses, by culture where one is usual.
NICKNAMES = {
    "US": split_words("Bubba Sissy Tootie Junior Peanut Boo Dee_Dee Sonny"),
    "Vietnamese": split_words("Bé Út Tí Bi Su"),
    "Haitian": split_words("Ti-Blan Ti-Nèg Bebe Choupette Ti-Jak"),
    "Somali": split_words("Dheere Gaab Yare Cadey Timacade"),
    "Amharic": split_words("Abebech Mimi Tsiyon Beti Gech"),
    "Hmong": split_words("Nkauj_Hnub Tub_Ntxawg Niam_Tais Ntxawm"),
    "Ukrainian": split_words("Sasha Olia Natasha Tania Volodia Yura Mykolka"),
    "Brazilian": split_words("Juju Fefê Cacá Zeca Tião Bia Dudu"),
    "Kiche": split_words("Chepe Chus Tona Lencho Nico Malena"),
    "Nepali": split_words("Kanchi Maila Saila Kanchha Didi Bhai"),
    "English": split_words("Kiddo Bud Toots Sugarfoot Boots"),
}

# The workforce: written into documents as staff and kept (see the package docstring).
STAFF_FAMILY = split_words(
    "Okonkwo Brightwater Lindahl-Ross Castellano Pemberton Abernethy Raskolnik Oyewole Fairchild Delacourt"
    " Holtzberg Ishida-Moreno Montrose Quaye Vandermeer Beaumont-Fry Achebe Ferraro Galbraith Hendry"
    " Ingleby Kowalczyk Lindqvist-Amos Marchetti Nakamura-Cole Osterhout Prentiss Rutledge Szymanski"
    " Tolliver Underhill-Ng"
)
STAFF_GIVEN = split_words(
    "Priyanka Ezekiel Colette Darnell Ingrid Mateus Fiona Soren Tamsin Obinna Rosalind Kwame Bettina"
    " Ignatius Marguerite Thaddeus Anneliese Cormac Delphine Evander Giselle Lorcan Mirela Osvaldo"
)
