"""Hand-written name lists: (female given, male given, family) per culture, and the regions each lives in.

Written from general knowledge for this corpus alone. Family-first cultures are marked in ``FAMILY_FIRST``.
"""

# ruff: noqa: RUF001  (the okina in Hawaiian names is a letter, U+02BB, not a stray quote)
from __future__ import annotations


def _split(text: str) -> list[str]:
    return [w.replace("_", " ") for w in text.split()]


GROUPS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "German": (
        _split(
            "Gretchen Liesel Ingrid Hildegard Anneliese Brunhilde Elke Heike Ursula Gisela Frieda Marlene Dagmar"
            " Waltraud Irmgard Sabine Renate Lotte Adelheid Hannelore Roswitha"
        ),
        _split(
            "Dieter Klaus Wolfgang Gunther Helmut Jurgen Reinhard Manfred Siegfried Horst Ulrich Lothar Wilhelm"
            " Gerhard Egon Heinz Otto Ludwig Friedrich Konrad Rudiger"
        ),
        _split(
            "Schmidt Schneider Hoffmann Bauer Krause Zimmermann Schwarz Hartmann Lehmann Kruger Wagner Becker"
            " Schulz Richter Neumann Schroeder Vogel Braun Kaiser Fuchs Scholz Lang Weiss Jung Hahn Keller"
            " Vogt Roth Beck Lorenz Baumann Franke Albrecht Schuster Ziegler Kuhn Pfeiffer Brandt Haas"
            " Schaefer Dietrich Kessler Graf Sommer"
        ),
    ),
    "Norwegian": (
        _split(
            "Solveig Ingeborg Sigrid Astrid Ragnhild Gunhild Kari Liv Randi Torill Marit Synnøve Bjørg Turid"
            " Aslaug Gudrun Signe Hege Tove Borghild Åse"
        ),
        _split(
            "Bjørn Torstein Halvor Olav Sverre Knut Einar Arne Leif Gunnar Trygve Sigurd Magne Terje Asbjørn"
            " Håkon Nils Eivind Oddvar Steinar Ragnar"
        ),
        _split(
            "Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Halvorsen"
            " Solberg Haugen Bakken Strand Berntsen Lunde Moen Dahl Rønning Sæther Aasen Tveit Haugland"
            " Bjørnstad Myhre Eide Fjeld Holm Lien Nygaard Skogen Brekke Ødegaard Thorsen Rasmussen"
            " Vik Hovland Kvamme Stavem Gulbrandsen"
        ),
    ),
    "Swedish": (
        _split(
            "Britta Karin Margareta Birgitta Elsa Agneta Ulla Inga Lena Märta Sigrun Annika Maj Gunnel Kerstin"
            " Linnea Ebba Ylva Siv Lovisa Stina"
        ),
        _split(
            "Sven Lars Gustav Anders Axel Göran Lennart Stig Bengt Per Ingvar Rune Folke Torbjörn Ulf Nils"
            " Björn Sixten Evert Algot Hjalmar"
        ),
        _split(
            "Lindqvist Bergström Sandberg Nyström Holmgren Sjöberg Engström Lundgren Ekström Wallin Forsberg"
            " Lindahl Hedlund Åberg Söderberg Blomqvist Dahlberg Norén Lindholm Björklund Öberg Nordin"
            " Sundqvist Hellström Lundin Isaksson Gustafsson Magnusson Svensson Karlsson Nilsson Johansson"
            " Eriksson Petersson Axelsson Fredriksson Sandström Ljung Strömberg Wikström"
        ),
    ),
    "Czech": (
        _split(
            "Zdeňka Jiřina Božena Libuše Věra Jarmila Ludmila Miroslava Dagmar Hana Blanka Radka Markéta"
            " Vlasta Alžběta Drahomíra Květa Milada Bohumila Zdena Ivana"
        ),
        _split(
            "Jiří Zdeněk Miroslav Vojtěch Bohumil Jaroslav Vladimír Ladislav Stanislav Přemysl Radek Luboš"
            " Oldřich Václav Tomáš Karel Vratislav Dušan Bořivoj Čeněk Milan"
        ),
        _split(
            "Novák Dvořák Procházka Kučera Veselý Horák Němec Pokorný Marek Pospíšil Hájek Jelínek Růžička"
            " Beneš Fiala Sedláček Doležal Zeman Kolář Navrátil Čermák Vaněk Urban Blažek Kříž Kovář Bartoš"
            " Vlček Polák Musil Šimek Kopecký Holub Štěpánek Kratochvíl Krejčí Staněk Malý Hrubý Mareš"
            " Petrželka"
        ),
    ),
    "Dutch": (
        _split(
            "Geertruida Hendrika Wilhelmina Aaltje Marijke Annelies Jannetje Grietje Froukje Lieke Sanne Femke"
            " Tjitske Anouk Joke Neeltje Ria Betje Marieke Willemijn Dieuwke"
        ),
        _split(
            "Hendrik Pieter Gerrit Cornelis Jan Maarten Joost Sjoerd Wouter Bram Teunis Gerben Klaas Dirk"
            " Jelle Ruud Arjen Hidde Freek Bart Wim"
        ),
        _split(
            "Vander_Molen Van_Dyke De_Vries Van_den_Berg Bakker Visser Smit Meijer Mulder Bos Vos Dekker"
            " Brouwer Dijkstra Kuipers Hoekstra Vermeulen Van_Beek Postma Zwart Jansma Boersma Huisman"
            " Kamphuis Veenstra Wiersma Terpstra Stoel Kooistra Haverkamp Vanderploeg Oosterhuis"
            " Ten_Brink Koopmans Hulst Westra Timmerman Vande_Kamp Zuidema Schaap"
        ),
    ),
    "Polish": (
        _split(
            "Jadwiga Halina Grażyna Bożena Wiesława Krystyna Danuta Małgorzata Agnieszka Stanisława Teresa"
            " Zofia Janina Bronisława Genowefa Czesława Jolanta Urszula Iwona Dorota Wanda"
        ),
        _split(
            "Kazimierz Zbigniew Władysław Stanisław Tadeusz Mieczysław Bogdan Wojciech Grzegorz Krzysztof"
            " Jerzy Zdzisław Leszek Ryszard Bolesław Mirosław Czesław Andrzej Janusz Marek Ignacy"
        ),
        _split(
            "Kowalski Nowak Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak"
            " Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Pawłowski"
            " Michalski Zając Król Wieczorek Jabłoński Majewski Olszewski Stępień Malinowski Jaworski"
            " Adamczyk Dudek Nowicki Pawlak Górski Sikora Walczak Baran Rutkowski Szczepański Kaczmarek"
            " Przybylski"
        ),
    ),
    "Hmong": (
        _split(
            "Pa_Nhia Mai_Yer Xee Youa Bao Chia Kia Nou Pang Zoua Mai_Houa Sia Ia Maiv Nkauj Ntxhi Yeng"
            " Choua Der Dia Nhia"
        ),
        _split(
            "Tou Neng Chue Pheng Txawj Fue Kou Ger Nhia_Lue Xai Koua Boua Vang_Pao Teng Cheng Phong Lue"
            " Tong Yeej Nhiaj Blia"
        ),
        _split(
            "Vang Xiong Yang Lee Lor Moua Thao Vue Her Hang Khang Kue Chang Cheng Fang Chue Pha Kong Lis Vaj"
            " Yaj Xyooj Muas Thoj Vwj Hawj Lauj Tsab Tsheej Faj Kwm Khab Ham Hmoob Ly Lo Chao Vu Tho Yaaj"
        ),
    ),
    "Somali": (
        _split(
            "Hodan Faadumo Xaawo Sahra Ayaan Ubah Hibaaq Nimco Deeqa Asli Hamdi Idil Khadra Ladan Muna Naima"
            " Qamar Sagal Hawa Kowsar Ifrah"
        ),
        _split(
            "Abdirahman Abdiwali Mahad Guled Cabdi Liban Farhan Ilyaas Khadar Mukhtar Saciid Yuusuf Bashir"
            " Hassan Warsame Daahir Jibriil Cawil Mohamud Osman Sharmarke"
        ),
        _split(
            "Abdi Ahmed Mohamed Hassan Farah Warsame Jama Omar Nur Osman Yusuf Abdullahi Dahir Hersi Egal"
            " Samatar Gure Aden Awale Ismail Elmi Mahamud Hirsi Duale Shire Guleed Roble Barre Afrah Keynan"
            " Yassin Ibrahim Abdille Cumar Xasan Maxamed Cali Faarax Dirie Gedi Qorane"
        ),
    ),
    "Mexican": (
        _split(
            "Guadalupe María_José Xóchitl Itzel Yesenia Araceli Rocío Maricela Leticia Socorro Graciela"
            " Esperanza Marisol Nayeli Paloma Ximena Rosalba Consuelo Azucena Dolores Citlali"
        ),
        _split(
            "Juan_Carlos José_Luis Jesús Refugio Arturo Rigoberto Ezequiel Fermín Heriberto Efraín Gerardo"
            " Joaquín Salvador Eusebio Nicolás Rogelio Armando Cuauhtémoc Santiago Tomás Rodrigo"
        ),
        _split(
            "Hernández García Martínez López González Rodríguez Pérez Sánchez Ramírez Flores Gómez Morales"
            " Vázquez Jiménez Reyes Díaz Cruz Gutiérrez Ortiz Chávez Ruiz Mendoza Castillo Aguilar Medina"
            " Vargas Guzmán Herrera Salazar Rosales Villanueva Ibarra Zamora Cervantes Velázquez"
            " de_la_Cruz Delgado Esquivel Maldonado Orozco Treviño García-Robles"
        ),
    ),
    "Karen": (
        _split(
            "Paw_Htoo Naw_Say Ler_Paw Hser_Paw Eh_Moo Mu_Lah Htoo_Paw Naw_Mu Dah_Eh Paw_Wah Sah_Nay"
            " Moo_Khu Naw_Bway Hser_Nay Eh_Kler Pwe_Say Ku_Paw Naw_Dah Law_Eh Tha_Blay Mu_Wah"
        ),
        _split(
            "Saw_Htoo Eh_Htoo Ler_Wah Kyaw_Htoo Tha_Dah Saw_Ler Pah_Poe Say_Wah Thu_Reh Saw_Eh Htoo_Wah"
            " Kaw_Doh Nay_Htoo Ta_Mla Ler_Moo Gay_Htoo Saw_Kaw Mya_Thein Blu_Htoo Hsa_Ner Wah_Doh"
        ),
        _split(
            "Htoo Moo Paw Say Wah Eh Ler Dah Poe Nay Htay Thein Kaw Blay Soe Hsa Mlar Wai Lwin Aung Taw Reh"
            " Bwe Gaw Khin Mya Naing Oo Tun Zaw Hla Doh Kyi Myint Win Thaw Lah Nyein Kler Shwe"
        ),
    ),
    "Bosnian": (
        _split(
            "Amra Selma Lejla Emina Aida Mirsada Sabina Jasmina Dženana Azra Edina Hajra Senada Alma Mersiha"
            " Fatima Nermina Belma Šejla Merima Zehra"
        ),
        _split(
            "Emir Adnan Haris Mirza Jasmin Nermin Kenan Almir Edin Senad Dževad Enes Faruk Ibrahim Refik"
            " Muhamed Safet Zlatan Elvis Amel Samir"
        ),
        _split(
            "Hodžić Begić Mehmedović Hasanović Delić Kovačević Omerović Halilović Ibrahimović Salihović"
            " Jusufović Mujić Hadžić Ahmetović Hukić Suljić Karić Alić Dedić Avdić Mešić Husić Osmanović"
            " Zukić Šabić Bešić Ćosić Dizdarević Selimović Kurtović Pašić Čaušević Muminović Tahirović"
            " Hrustić Softić Kadrić Mustafić Hadžiselimović Imamović"
        ),
    ),
    "Cuban": (
        _split(
            "Yamilé Yanelis Odalys Mirtha Caridad Lourdes Ileana Yoanna Mayelín Xiomara Belkis Yusimí Zoila"
            " Nereida Dania Aymée Yudith Marlén Olga Teresita Niurka"
        ),
        _split(
            "Yoandri Yunior Osvaldo Reinaldo Lázaro Raúl Alexis Yosvany Orestes Rolando Maykel Ernesto"
            " Camilo Eliécer Idalberto Yasmani Leonel Gilberto Ramiro Adalberto Onelio"
        ),
        _split(
            "Fernández Suárez Rodríguez Valdés Cabrera Acosta Pupo Llanes Bermúdez Quintana Alfonso Tamayo"
            " Despaigne Batista Carmenate Hechavarría Labrada Pedroso Zaldívar Betancourt Casanova Cepero"
            " Echemendía Estrada Fajardo Garrido Iglesias Lorenzo Mesa Montes_de_Oca Núñez Pereira"
            " Ricardo Sotolongo Urquiza Varona Yero Abreu Céspedes Ferrer Milián"
        ),
    ),
    "PuertoRican": (
        _split(
            "Yadira Migdalia Nilda Wanda Zoraida Brunilda Carmen_Iris Maritza Sonia Glorimar Ivelisse"
            " Nitza Awilda Damaris Jeannette Keishla Lizbeth Nydia Wilmarie Yolanda Coralys"
        ),
        _split(
            "Wilfredo Ángel Héctor Edwin Luis_Ángel Nelson Orlando Papo Ramón Wilson Efraín Jorge Pedro"
            " Gilberto Noel Osvaldo Israel Elvin Jeremías Radamés Xavier"
        ),
        _split(
            "Rivera Colón Santiago Torres Ortiz Figueroa Vélez Maldonado Ayala Negrón Irizarry Quiñones"
            " Rosario Pagán Cintrón Marrero Santana Acevedo Feliciano Nieves Matos Serrano Vega Rosa Lugo"
            " Báez Pacheco Medina Arroyo Burgos Cartagena Laboy Ocasio Otero Padilla Crespo Alicea Berríos"
            " Caraballo Concepción"
        ),
    ),
    "Venezuelan": (
        _split(
            "Yelitza Mariangel Yusmary Daniela Oriana Andreína Milagros Nohemí Yuleisy Desiree Marbella"
            " Anais Genesis Rosmary Yaritza Maigualida Karelys Zuleima Eglée Yolimar Carolina"
        ),
        _split(
            "Yorman Deivis Jhonny Wuilmer Eudes Yonathan Oswaldo Leomar Jeancarlos Freddy Wilmer Anyelo"
            " Ramsés Erasmo Dorian Leonardo Nestor Yeferson Gustavo Heberto Rafael"
        ),
        _split(
            "Mijares Briceño Carrasquel Urdaneta Graterol Perdomo Zambrano Rangel Quintero Villalobos"
            " Chirinos Colmenares Bracho Arocha Figuera Golindano Marcano Rondón Salcedo Tovar Uzcátegui"
            " Yánez Linares Landaeta Peraza Sequera Mendible Pacheco Nava Barrios Alvarado Bolívar"
            " Camacaro Duque Escalona Gil Hurtado Lugo Moncada Oropeza Piñango"
        ),
    ),
    "Haitian": (
        _split(
            "Marie-Claude Fabienne Nadège Guerline Rose-Marie Mirlande Widline Jessula Natacha Ketly"
            " Yolette Francesca Lourdie Nathalie Sonise Esther Wideline Magalie Roseline Manoucheka Dieula"
        ),
        _split(
            "Jean-Baptiste Wilner Fritznel Jocelyn Ronel Pierre-Louis Evens Wisly Jeanty Fritz Frantz"
            " Guerby Makenson Kervens Dieuseul Lesly Ricardo Stanley Wesner Jonas Marc-Arthur"
        ),
        _split(
            "Jean-Louis Pierre Joseph Saint-Fleur Charles Louis Baptiste Dorval Toussaint Desir Exantus"
            " Celestin Augustin Bien-Aimé Jean-Charles Jeudy Noël Florestal Lafortune Altidor Dorsainvil"
            " Estimé Joachim Lindor Michel Petit-Frère Saint-Louis Thermidor Valcin Vilsaint Fils-Aimé"
            " Délva Casimir Mondésir Duvivier Innocent Jolicoeur Laguerre Métellus Nelson"
        ),
    ),
    "Vietnamese": (
        _split(
            "Thị_Lan Thị_Hương Ngọc_Anh Thu Hằng Mai Hạnh Phượng Thủy Diệp Loan Trang Nhung Kim_Liên"
            " Tuyết Bích Oanh Quyên Hoa Thảo Vân"
        ),
        _split(
            "Văn_Hùng Minh Tuấn Dũng Quang Khánh Phúc Thắng Bảo Long Huy Đức Cường Hải Trung Thanh_Tâm"
            " Hiếu Nghĩa Lộc Vĩnh Toàn"
        ),
        _split(
            "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Lương Đào"
            " Mai Tạ Châu Quách Tôn Lâm Kiều Thái Cao Hà Triệu Văn Giang Tô Khổng Nghiêm Mạc Diệp Từ La"
        ),
    ),
    "Japanese": (
        _split(
            "Keiko Sachiko Michiko Yumiko Naomi Fumiko Chieko Hisako Emiko Kazuko Tomoko Ayumi Reiko Midori"
            " Setsuko Haruko Mieko Noriko Yoshie Kimiyo Masako"
        ),
        _split(
            "Hiroshi Kenji Takeshi Masao Shigeru Minoru Tadashi Yoshio Isamu Haruo Kiyoshi Toshio Noboru"
            " Susumu Satoru Katsumi Daisuke Ryo Goro Akira Yukio"
        ),
        _split(
            "Nakamura Tanaka Yamamoto Watanabe Higa Shimabukuro Kaneshiro Nakasone Oshiro Arakaki Fujimoto"
            " Matsumoto Yamashita Inouye Kobayashi Sakamoto Miyashiro Tamashiro Hamada Ishikawa Okimoto"
            " Teruya Uyehara Kuniyoshi Kagawa Morikawa Tokunaga Yoshimura Hirata Nishimura Taniguchi"
            " Murakami Ogata Sasaki Shiroma Yonamine Kishimoto Takara Agena Furukawa"
        ),
    ),
    "Filipino": (
        _split(
            "Maricel Rosalinda Lorna Jocelyn Marivic Analyn Corazon Luzviminda Erlinda Rowena Gemma"
            " Perlita Jovelyn Rhodora Teodora Marilou Charito Editha Divina Remedios Lolita"
        ),
        _split(
            "Rogelio Ferdinand Jun Bong Danilo Romeo Ernesto Renato Rodrigo Efren Arnel Manuel Reynaldo"
            " Bienvenido Crisanto Eduardo Wilfredo Jericho Rommel Dante Nestor"
        ),
        _split(
            "Agbayani Cabral Domingo Pascual Bautista Villanueva Dela_Cruz Santos Reyes Ramos Mendoza"
            " Aquino Castillo Garcia Manalo Dizon Navarro Soriano Tolentino Valdez Ancheta Bumanglag"
            " Corpuz Galapon Ilagan Lagmay Mabalot Pagdilao Rabago Tabangcura Ulep Yadao Abella Balagtas"
            " Cabanilla Dumlao Esperanza Fabro Macaraeg Sagisi"
        ),
    ),
    "Hawaiian": (
        _split(
            "Leilani Kalena Noelani Maile Pualani Kalani Healani Mahina Kanoe Keala Leinaʻala Nohea"
            " Kaʻiulani Hōkū Mālia Puanani Iolana Kapua Lokelani Nāpua Anela"
        ),
        _split(
            "Kekoa Makana Keoni Kaimana Kainoa Ikaika Kahiau Nāinoa Palani Keola Kealoha Kamakana Koa Kanoa"
            " Kekai Lopaka Makoa Pōhaku Kawika Iokepa Ioane"
        ),
        _split(
            "Kahananui Kealoha Kamakau Kaʻaihue Akana Kekumu Kahale Kanahele Kapuni Kauhane Keliʻi Mahoe"
            " Nāone Paʻakaula Kamaka Kaleikini Kaniho Kekona Kalama Makekau Kahoʻohanohano Kaniaupio"
            " Keawe Kaleo Nāluai Apaka Hoʻopiʻi Kamakana Pali Kauwila Kekauoha Kalua Nakoa Kamai Puaʻa"
            " Kaeo Lono Hanohano Kaʻōpua Kiaʻi"
        ),
    ),
    "Chinese": (
        _split(
            "Mei_Ling Xiu_Ying Li_Na Hui_Min Yan Xiaoling Shu_Fen Wen_Jing Jing Qiong Lan_Ying Yu_Zhen"
            " Fang Ting Mei_Hua Lihua Ah_Ping Siu_Lan Yuet_Wah Wai_Ling Pui_Yee"
        ),
        _split(
            "Wei Jian_Guo Zhi_Wei Hao Jun Ming Kwok_Wai Chun_Kit Wing_Hong Zhi_Qiang Tak_Ming Xiaoming"
            " Jian Bo Kai Hong Yiu_Fai Kam_Ho Cheuk Lap Guo_Liang"
        ),
        _split(
            "Wong Chan Leung Ho Lau Cheung Tsang Kwok Chow Yip Fong Tam Chun Ching Luke Pang Ahana Chang"
            " Zhang Liu Chen Huang Zhao Zhou Wu Xu Sun Zhu Ma Hu Guo Lin He Gao Luo Zheng Liang Xie Song"
            " Tang Feng Deng Cao Peng Ceng Xiao"
        ),
    ),
    "Korean": (
        _split(
            "Ji-yeon Soo-jin Min-ji Hye-won Eun-ji Yoo-na Seo-yeon Ha-eun Young-hee Mi-kyung Jung-ah"
            " Kyung-sook Sun-hee Bo-ra Na-young Ji-hye Hyun-joo Myung-ja Ok-soon Eun-hee Da-som"
        ),
        _split(
            "Min-jun Seung-ho Jae-won Dong-hyun Sung-min Tae-yang Kyu-ri Jong-su Young-ho Hyun-woo"
            " Sang-woo Chul-soo Byung-hoon Ki-tae Jin-ho Woo-jin Dae-sung Hee-chul In-soo Jun-seo Gun-woo"
        ),
        _split(
            "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Ryu Jeon"
            " Hong Ko Moon Yang Son Bae Baek Heo Yoo Nam Sim Noh Ha Kwak Sung Cha Joo Woo Gu Min Yeom Chae"
        ),
    ),
    "Anglo-Australian": (
        _split(
            "Kylie Narelle Sharon Tegan Bronwyn Shannon Kirra Jacinta Leanne Rhonda Tahlia Chloe Brooke"
            " Belinda Lachlan_Rose Jodie Merryn Kellie Shaye Coral Tania"
        ),
        _split(
            "Bruce Darren Shane Lachlan Brendan Cameron Bradley Jarrod Heath Lindsay Trent Kieran Mitchell"
            " Craig Hamish Barry Clinton Rhys Dwayne Corey Ashley"
        ),
        _split(
            "Thompson McKenzie O'Brien Sullivan Kennedy Fitzgerald Ryan Kelly Murphy O'Connor Gallagher"
            " Whitfield Fairweather Haddon Pendergast Kirkwood Ashcroft Blackburn Dunstan Hargreaves"
            " Mackintosh McAllister Prendergast Rowntree Wetherall Carruthers Dalrymple Featherstone"
            " Gilchrist Holloway Lancaster Maddock Ogilvie Peacock-Smith Radcliffe Tremayne Urquhart"
            " Wakefield MacGregor O'Shaughnessy"
        ),
    ),
    "Greek": (
        _split(
            "Eleni Georgia Vasiliki Panagiota Despina Katerina Sofia Dimitra Anastasia Stavroula Paraskevi"
            " Chrysoula Evangelia Konstantina Voula Kalliopi Athena Efthymia Fotini Maria Angeliki"
        ),
        _split(
            "Konstantinos Dimitrios Georgios Nikolaos Panagiotis Christos Vasilios Ioannis Stavros"
            " Spyridon Theodoros Athanasios Evangelos Charalambos Michalis Kostas Yiannis Apostolos"
            " Stelios Takis Thanasis"
        ),
        _split(
            "Papadopoulos Georgiou Dimitriou Konstantinidis Nikolaidis Papageorgiou Christodoulou Vlahos"
            " Karagiannis Ioannou Economou Alexopoulos Triantafyllou Kyriakou Panagiotou Stavrou"
            " Anagnostopoulos Mavromatis Kourakis Zervas Lambrou Manolis Sotiropoulos Tsakalos Xenos"
            " Pappas Andreadis Kalogeropoulos Theodorakis Chatzidakis Koutsoukos Makris Raptis Spanos"
            " Tsoukalas Vasilakis Zafiropoulos Athanasiou Bouras Gialamas"
        ),
    ),
    "Italian": (
        _split(
            "Giuseppina Concetta Carmela Rosaria Antonietta Assunta Filomena Graziella Lucia Nunzia"
            " Annunziata Immacolata Serafina Teresa Franca Gabriella Loredana Marisa Pina Rita Domenica"
        ),
        _split(
            "Giuseppe Salvatore Vincenzo Antonio Domenico Francesco Carmelo Rocco Gaetano Luigi Pasquale"
            " Nunzio Sebastiano Angelo Bruno Cosimo Giovanni Massimo Paolo Raffaele Enzo"
        ),
        _split(
            "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti"
            " De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani"
            " Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra"
            " Coppola De_Santis D'Angelo Marchetti Di_Stefano Lo_Presti"
        ),
    ),
    "Lebanese": (
        _split(
            "Rania Nadia Layla Mariam Rima Zeina Hala Dima Maya Nour Jana Lina Yasmine Samira Souad"
            " Nawal Joumana Randa Ghada Hiba Carla"
        ),
        _split(
            "Georges Elie Charbel Tony Fadi Rami Ziad Walid Khalil Sami Nabil Bilal Jihad Maroun Antoine"
            " Wissam Karim Youssef Issam Hussein Boutros"
        ),
        _split(
            "Khoury Haddad Nassar Saliba Karam Abboud Aoun Chahine Daher Fakhoury Ghanem Habib Hanna"
            " Issa Jaber Kassab Khalil Maalouf Mansour Nasrallah Rahme Sabbagh Saade Tannous Yazbek"
            " Zaidan Bou_Saab El-Hage Abi_Nader Geagea Frangieh Harb Sfeir Moukarzel Obeid Rizk Touma"
            " Bitar Sleiman Najjar"
        ),
    ),
    "Aboriginal": (
        _split(
            "Kirra Jedda Alinta Marlee Tanami Allira Yindi Kalinda Warrane Mirri Bindi Nyree Lowanna"
            " Merindah Talara Jarrah_Lee Yarran_Rose Kaiya Wirrin Anika Jessamine"
        ),
        _split(
            "Jarrah Kirrin Mundara Tjapaltjarri Yindi Bunji Warrick Koorine Nioka Alkira Darcy Jiemba"
            " Kulan Mirrin Tarni Coen Bardo Lowan Dhurga Marri Wiradjuri"
        ),
        _split(
            "Mundine Yunupingu Gurrumul Namatjira Tjungurrayi Marika Wanambi Anderson Roberts Coe"
            " Bamblett Briggs Clarke Dodson Goolagong Hoosan Ingram Jupurrurla Kngwarreye Lovett Mabo"
            " Nangala Napaltjarri Onus Pearson Quall Rigney Saunders Tjakamarra Walley Wunungmurra"
            " Yunupingu-Marika Atkinson Bellear Cubillo Djerrkura Gaykamangu Hughes Kalkadoon McGinness"
        ),
    ),
    "Pakeha": (
        _split(
            "Aroha_Jane Philippa Rebecca Fiona Kirsty Anna Sarah Megan Hayley Jessica Bridget Alison"
            " Kate Nicola Stephanie Tessa Olivia Georgia Rachel Sophie Catherine"
        ),
        _split(
            "Hamish Angus Duncan Callum Fraser Alistair Euan Campbell Struan Ross Logan Murray Stuart"
            " Malcolm Gregor Neil Craig Blair Graeme Ewan Iain"
        ),
        _split(
            "MacDonald McLeod Fergusson Robertson Paterson Henderson Drummond Grieve Lawrie Sinclair"
            " Buchanan Cuthbertson Galbraith Kerr Mackay McIntyre Munro Ogilvy Pritchard Rutherford"
            " Tait Weir Wilkinson Anstiss Beaven Cullinane Dobbie Entwistle Faulkner Gough Hislop Inglis"
            " Jamieson Kilgour Leckie Moncrieff Nicholls Pettigrew Renwick Shand"
        ),
    ),
    "Maori": (
        _split(
            "Aroha Mere Hine Ngaio Kiri Mereana Kahurangi Awhina Huia Moana Marama Waimarie Ataahua"
            " Hinemoa Rāhera Miriama Tūī Pania Ngaire Wairangi Hana"
        ),
        _split(
            "Hemi Wiremu Tama Rāwiri Tamati Anaru Hōhepa Māka Tāne Manaia Nikau Ariki Rangi Ihaia Pita"
            " Rewi Tamihana Whetu Tipene Matiu Kahu"
        ),
        _split(
            "Ngata Parata Tipene Tamihana Hohaia Rāwiri Te_Whata Pōtae Karaka Tautahi Waititi Rangihuna"
            " Pōmare Tuhiwai Heke Rewiti Paki Horomona Te_Kani Wihongi Herewini Tawhiri Tomoana Kingi"
            " Hēnare Ruatapu Te_Rangi Mahuika Whaanga Te_Huia Tahana Nikora Piripi Takerei Koroheke Ruka"
            " Paewai Hona Tūhiwai-Ruru Ngāwhika Te_Awa"
        ),
    ),
    "Samoan": (
        _split(
            "Salote Fetu Losa Malia Sina Tausala Leota Mele Fa'amoana Lupe Seini Siueni Ana Ioana Fotu"
            " Matila Mafutaga Tupe Lagi Aolele Vaoita"
        ),
        _split(
            "Tavita Sione Ioane Mikaele Paulo Tui Fa'afetai Sefo Pule Iosefa Lemalu Ropati Tasi Faleolo"
            " Sefa Afa Tuilagi Vaitogi Matiu Lealaiauloto Tolo"
        ),
        _split(
            "Tuilagi Leota Faleolo Fa'alogo Sapolu Toleafoa Aumua Lemalu Tanielu Fonoti Tupua Amituanai"
            " Lauina Alofaituli Mata'afa Pouono Savea Soliai Taliaoa Tavana Toala Tuimavave Ulufale Vaifale"
            " Faumuina Ioelu Le'aupepe Malietoa Matagi Pa'u Sefo Seumanutafa Sio Afamasaga Aiono Fepulea'i"
            " Lefiti Mulitalo Ponifasio Tafuna"
        ),
    ),
    "Tongan": (
        _split(
            "Mele Salote Lose Heilala Ana Losana Siosiana Kalolaine Lupe Fifita Seini Vika Taufa Ilaisaane"
            " 'Ofa Liu Kesaia Meleane Tupou Mafi Palu"
        ),
        _split(
            "Sione Tevita Viliami Siaosi Semisi Sitiveni Paula Pita Sifa Tomasi Lopeti Samiu Feleti Mosese"
            " Manase Latu Kalisi Ofa Inoke Vaea Tu'ipulotu"
        ),
        _split(
            "Taufa Tupou Vaipulu Fifita Havili Latu Mafi Fonua Kupu Tonga Vea Fusitu'a Ha'angana Kaufusi"
            " Lolohea Moala Naufahu Palu Piutau Taione Tapueluelu Tu'ivai Ulakai Vainikolo Vakalahi Veikune"
            " Fakatava Funaki Hufanga Kioa Lavaka Mateialona Ngalu Pulu Sikahema Tatafu Tonga'uiha Folau"
            " Afeaki Lolo"
        ),
    ),
    "Indian": (
        _split(
            "Priya Anjali Sunita Kavita Deepa Meena Shalini Pooja Nisha Rekha Lakshmi Harpreet Simran"
            " Gurpreet Divya Sneha Aarti Neha Jaspreet Swati Bhavna"
        ),
        _split(
            "Rajesh Sanjay Amit Vikram Harjit Gurdeep Manoj Suresh Arjun Rohan Anil Sandeep Kuldeep Nitin"
            " Ravi Prakash Ajay Sunil Dinesh Jaswinder Mahesh"
        ),
        _split(
            "Sharma Patel Singh Kaur Gupta Reddy Nair Iyer Pillai Chaudhary Joshi Mehta Desai Kulkarni"
            " Sandhu Gill Dhillon Grewal Sidhu Bhatt Malhotra Kapoor Chopra Verma Agarwal Rao Menon"
            " Krishnan Banerjee Mukherjee Chatterjee Saxena Trivedi Pandey Mishra Bhattacharya Naidu Shetty"
            " Kumar Prasad Narayan"
        ),
    ),
}

# English names that are also ordinary words: a quarter of the people are drawn from these.
ENGLISH_WORDS = (
    _split(
        "Rose Faith Hope Grace Joy June April Summer Dawn Amber Ruby Pearl Iris Holly Ivy Daisy Violet Hazel"
        " Olive Autumn Crystal Sunny Honey Melody Patience Charity Hazel Misty Brandy Destiny"
    ),
    _split(
        "Bill Rob Mark Will Frank Drew Chase Guy Jack Pat Rich Grant Wade Miles Gene Art Bud Heath Clay Dale"
        " Glen Reed Forrest Cliff Lance Jay Buck Rusty Hunter Dusty"
    ),
    _split(
        "Baker Miller Cook Wood Hill Stone Brooks Field Rivers Bush Fox Wolf Bird Swan Bell Little Young"
        " Small Strong Wise Moody Sharp Frost Snow Winter Rice Gold Silver Price Cash Banks Walker Fisher"
        " Carpenter Mason Porter Turner Weaver Cole Page Chambers Hall Church Marsh Lake Lamb Love Story"
        " Sweet Noble Cross Short Long Green Brown White Black Knight King Rich Mills Glass Steel Hart"
    ),
)

FAMILY_FIRST = {"Vietnamese", "Chinese", "Korean"}

REGION_GROUPS: dict[str, list[str]] = {
    "midwest": [
        "German",
        "Norwegian",
        "Swedish",
        "Czech",
        "Dutch",
        "Polish",
        "Hmong",
        "Somali",
        "Mexican",
        "Karen",
        "Bosnian",
    ],
    "texas": ["Mexican", "Cuban", "Vietnamese", "Venezuelan", "PuertoRican"],
    "florida": ["Cuban", "PuertoRican", "Venezuelan", "Haitian", "Vietnamese", "Mexican"],
    "hawaii": ["Japanese", "Filipino", "Hawaiian", "Chinese", "Korean"],
    "au": ["Anglo-Australian", "Greek", "Italian", "Lebanese", "Vietnamese", "Aboriginal"],
    "nz": ["Pakeha", "Maori", "Samoan", "Tongan", "Indian"],
}

NICKNAMES = _split(
    "Bobby Peggy Sully Tiny Junior Sissy Boots Chip Kiki Lulu Nacho Pepe Tata Mimi Bo Coco Toots"
    " Manny Chuy Lupita Pancho Bubba Tex Kimo Sonny Duke Babe Taz Bluey Shazza Gazza Tui Moko Bubs"
    " Nene Pika Lani Boy Kapi"
)

# Clinicians and staff: appear in documents, scored neither way.
STAFF = _split(
    "Okafor Brennan Lindgren Castellanos Whitcombe Abernathy Raskin Oyelaran Fairbanks Delacroix"
    " Holtzman Ishikawa-Reyes Montague Quarshie Vandersloot Beaumont Achterberg Ferreira-Lund"
    " Galloway Hendricks Ingersoll Kowalchuk Lindquist-Moe Marchetti-Ruiz Nakagawa-Bell Orwell"
)
STAFF_GIVEN = _split(
    "Priyanka Ezekiel Colette Darnell Ingrid Mateo Farah Soren Tamsin Obinna Rosalind Kwame"
    " Bettina Ignatius Marguerite Thaddeus"
)
