"""Name pools for sample people, drawn from communities that live in Ontario.

Each pool holds names as people write them, plus a plain ASCII spelling used to
build sample email addresses. Some communities also have a pool in their own
script (Chinese characters, Hangul, Arabic script, Cyrillic): a share of clients
write their name that way on the intake form, which is what the program must cope
with. Therapists appear as registered with their college, in Latin letters.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# Letters that Unicode does not split into a base letter plus an accent.
_UNSPLIT = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "æ": "ae", "œ": "oe", "ß": "ss"}
)


def ascii_spelling(written: str) -> str:
    """``Hélène Gagné`` -> ``Helene Gagne``; letters outside Latin are dropped."""
    decomposed = unicodedata.normalize("NFKD", written.translate(_UNSPLIT))
    return decomposed.encode("ascii", "ignore").decode("ascii")


def email_slug(latin: str) -> str:
    """``D'Amours`` -> ``damours``, ``Jean-François`` -> ``jean-francois``."""
    return "".join(ch for ch in latin.lower() if ch.isascii() and (ch.isalnum() or ch == "-"))


@dataclass(frozen=True, slots=True)
class Name:
    written: str  # as the person writes it
    latin: str  # ASCII spelling
    slug: str  # lower-case letters, digits and hyphens, for email addresses


@dataclass(frozen=True, slots=True)
class Names:
    women: tuple[Name, ...]
    men: tuple[Name, ...]
    last: tuple[Name, ...]


@dataclass(frozen=True, slots=True)
class Culture:
    key: str
    client_weight: float  # relative share among clients
    therapist_weight: float  # relative share among therapists
    languages: tuple[str, ...]  # heritage languages (ISO 639-1), most spoken first
    latin: Names
    native: Names | None = None  # names in the community's own script
    native_share: float = 0.0  # share of clients who write their name in that script
    plain_share: float = 0.0  # share who type their name without accents


def _latin(words: str) -> tuple[Name, ...]:
    """Comma-separated names in Latin letters."""
    items = (w.strip() for w in words.split(","))
    return tuple(_name(item, ascii_spelling(item)) for item in items if item)


def _native(pairs: str) -> tuple[Name, ...]:
    """Comma-separated ``written=Romanised`` pairs."""
    result = []
    for pair in pairs.split(","):
        written, _, romanised = pair.strip().partition("=")
        result.append(_name(written.strip(), ascii_spelling(romanised.strip())))
    return tuple(result)


def _name(written: str, latin: str) -> Name:
    return Name(written, latin, email_slug(latin))


NEUTRAL_FIRST: tuple[Name, ...] = _latin(
    "Alex, Sam, Jordan, Taylor, Casey, Riley, Morgan, Jamie, Quinn, Rowan, Avery, River, "
    "Charlie, Robin, Sasha, Skyler, Eden, Ari, Kai, Jesse, Sage, Remy, Camille, Dominique"
)

CULTURES: tuple[Culture, ...] = (
    Culture(
        key="anglo_celtic",
        client_weight=22,
        therapist_weight=36,
        languages=(),
        latin=Names(
            women=_latin(
                "Emily, Sarah, Jessica, Megan, Lauren, Hannah, Olivia, Charlotte, Amelia, "
                "Claire, Fiona, Siobhan, Catriona, Heather, Margaret, Kathleen, Brianna, Maeve, "
                "Erin, Rebecca, Alison, Jennifer, Laura, Kelly, Nicole, Elizabeth, Katherine, "
                "Aisling, Shannon, Morag, Ainsley, Grace"
            ),
            men=_latin(
                "James, Liam, Noah, Connor, Ewan, Callum, Ryan, Matthew, Andrew, Michael, "
                "David, Brendan, Sean, Patrick, Graham, Ian, Douglas, Scott, Owen, Ethan, "
                "Benjamin, Daniel, Colin, Kieran, Alasdair, Declan, Robert, William, Thomas"
            ),
            last=_latin(
                "Smith, Brown, Wilson, MacDonald, Campbell, Stewart, Murray, Fraser, Thompson, "
                "Anderson, Taylor, Martin, Clarke, O'Brien, O'Neill, Murphy, Kelly, Byrne, "
                "Walsh, Ryan, McCarthy, Sullivan, Fitzgerald, Robertson, Henderson, Graham, "
                "Morrison, Ferguson, Young, Hughes, Reid, Bennett, Cooper, Mitchell, Turner, "
                "Ward, Hill, MacKenzie, McLeod, Doyle, Gallagher, Sinclair, Armstrong"
            ),
        ),
    ),
    Culture(
        key="french_canadian",
        client_weight=11,
        therapist_weight=17,
        languages=("fr",),
        latin=Names(
            women=_latin(
                "Hélène, Geneviève, Josée, Mélanie, Chloé, Zoë, Émilie, Marie-Ève, Isabelle, "
                "Nathalie, Sophie, Valérie, Annick, Maude, Noémie, Andrée, Éloïse, Stéphanie, "
                "Julie, Myriam, Lucie, Anne-Sophie"
            ),
            men=_latin(
                "François, Jérôme, Étienne, Luc, Mathieu, Sébastien, Benoît, Stéphane, Félix, "
                "Gabriel, Jean-François, Rémi, Olivier, Réjean, Gaétan, Denis, Marc-André, "
                "Alexandre, Hugo, Pierre-Luc, Raphaël"
            ),
            last=_latin(
                "Gagné, Bérubé, Tremblay, Gagnon, Côté, Bouchard, Lévesque, Bélanger, Pelletier, "
                "Roy, Bergeron, Lalonde, Larocque, Séguin, Thériault, Ménard, Desjardins, "
                "Lefebvre, Poirier, Fréchette, Charbonneau, Dufresne, Boucher, Lachance, "
                "St-Pierre, D'Amours, Leblanc, Giroux, Brisebois, Lemieux"
            ),
        ),
    ),
    Culture(
        key="haitian",
        client_weight=1.5,
        therapist_weight=1.5,
        languages=("fr", "ht"),
        latin=Names(
            women=_latin("Guerline, Mirlande, Nadège, Rose-Marie, Fabienne, Widline, Marjorie"),
            men=_latin("Jean-Robert, Frantz, Réginald, Wilner, Jean-Claude, Ronald, Yves"),
            last=_latin(
                "Joseph, Pierre, Jean-Baptiste, Charles, Louis, Desrosiers, Étienne, Toussaint, "
                "Saint-Fleur, Célestin, Augustin, Dorvil"
            ),
        ),
    ),
    Culture(
        key="chinese",
        client_weight=16,
        therapist_weight=6,
        languages=("zh",),
        latin=Names(
            women=_latin(
                "Mei, Xiaoling, Yan, Hui, Jing, Wing Yee, Vivian, Winnie, Karen, Cindy, Ivy, "
                "Jia Hui, Yu Ting, Shu Fen"
            ),
            men=_latin(
                "Wei, Jun, Hao, Ming, Kevin, Eric, Jason, Raymond, Kelvin, Tony, Ka Wai, "
                "Zhi Hao, Jian, Bo"
            ),
            last=_latin(
                "Wong, Chan, Leung, Cheung, Lau, Ho, Tse, Lam, Ng, Yip, Wang, Li, Zhang, Liu, "
                "Chen, Zhou, Xu, Huang, Lin, Tang"
            ),
        ),
        native=Names(
            women=_native(
                "小红=Xiaohong, 美玲=Meiling, 静=Jing, 丽华=Lihua, 雪梅=Xuemei, 欣怡=Xinyi, "
                "婷=Ting, 佳琪=Jiaqi, 慧敏=Huimin, 詠詩=Wingsze"
            ),
            men=_native(
                "小明=Xiaoming, 伟=Wei, 俊杰=Junjie, 浩然=Haoran, 志强=Zhiqiang, 建国=Jianguo, "
                "子轩=Zixuan, 家豪=Kaho, 國華=Kwokwah, 宇航=Yuhang"
            ),
            last=_native(
                "王=Wang, 李=Li, 张=Zhang, 刘=Liu, 陈=Chen, 杨=Yang, 黄=Huang, 赵=Zhao, 吴=Wu, "
                "周=Zhou, 林=Lin, 何=He, 郭=Guo, 马=Ma, 梁=Liang, 謝=Tse, 陳=Chan, 黃=Wong"
            ),
        ),
        native_share=0.9,
    ),
    Culture(
        key="korean",
        client_weight=5,
        therapist_weight=2,
        languages=("ko",),
        latin=Names(
            women=_latin("Ji-woo, Seo-yeon, Min-ji, Su-jin, Hye-jin, Grace, Esther, Eun-ji"),
            men=_latin("Min-jun, Hyun-woo, Jae-hyun, Sung-min, Daniel, Paul, Joon, Dong-hyun"),
            last=_latin("Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Han, Shin, Oh"),
        ),
        native=Names(
            women=_native(
                "서연=Seoyeon, 민지=Minji, 수진=Sujin, 은지=Eunji, 하은=Haeun, 지현=Jihyun, "
                "지우=Jiwoo"
            ),
            men=_native(
                "민준=Minjun, 도윤=Doyoon, 성민=Sungmin, 현우=Hyunwoo, 준호=Junho, "
                "재현=Jaehyun, 동현=Donghyun"
            ),
            last=_native(
                "김=Kim, 이=Lee, 박=Park, 최=Choi, 정=Jung, 강=Kang, 조=Cho, 윤=Yoon, 장=Jang, "
                "임=Lim"
            ),
        ),
        native_share=0.85,
    ),
    Culture(
        key="vietnamese",
        client_weight=3,
        therapist_weight=1.5,
        languages=("vi",),
        latin=Names(
            women=_latin(
                "Thị Minh Khai, Ngọc Anh, Thu Hà, Phương Linh, Thanh Hương, Mai, Lan Anh, "
                "Bích Ngọc, Thùy Dung"
            ),
            men=_latin(
                "Văn Minh, Quốc Bảo, Đức Anh, Minh Tuấn, Hoàng Nam, Thành Long, Quang Huy, Văn Hùng"
            ),
            last=_latin(
                "Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, "
                "Dương, Lý"
            ),
        ),
        plain_share=0.3,
    ),
    Culture(
        key="punjabi",
        client_weight=4,
        therapist_weight=3,
        languages=("pa", "hi"),
        latin=Names(
            women=_latin("Harpreet, Simran, Gurleen, Jasleen, Navneet, Amrit, Rajvir, Kirandeep"),
            men=_latin("Gurpreet, Harjit, Jaspal, Amandeep, Rajinder, Sukhwinder, Arjun, Jaskaran"),
            last=_latin("Singh, Kaur, Gill, Sandhu, Dhillon, Grewal, Sidhu, Brar, Randhawa, Bains"),
        ),
    ),
    Culture(
        key="tamil",
        client_weight=3,
        therapist_weight=2,
        languages=("ta",),
        latin=Names(
            women=_latin("Priya, Kavitha, Tharshini, Abirami, Nivetha, Meena, Lakshmi, Janani"),
            men=_latin("Arun, Karthik, Suresh, Vithushan, Prakash, Ganesh, Senthil, Thuvaragan"),
            last=_latin(
                "Sivakumar, Rajaratnam, Selvarajah, Thiruchelvam, Kanagaratnam, Balachandran, "
                "Iyer, Subramaniam, Krishnan"
            ),
        ),
    ),
    Culture(
        key="north_indian",
        client_weight=3,
        therapist_weight=3,
        languages=("hi", "gu", "ur"),
        latin=Names(
            women=_latin("Anjali, Pooja, Neha, Ritu, Kavya, Aditi, Shreya, Sana, Ayesha"),
            men=_latin("Rohan, Vikram, Rahul, Sanjay, Amit, Nikhil, Imran, Faisal, Dev"),
            last=_latin("Sharma, Patel, Gupta, Mehta, Verma, Joshi, Desai, Kapoor, Khan, Qureshi"),
        ),
    ),
    Culture(
        key="persian",
        client_weight=5,
        therapist_weight=3,
        languages=("fa",),
        latin=Names(
            women=_latin("Maryam, Shirin, Nazanin, Parisa, Roya, Yasaman, Golnaz, Setareh, Azadeh"),
            men=_latin("Reza, Amir, Arash, Babak, Kian, Dariush, Farhad, Kaveh, Navid"),
            last=_latin(
                "Ahmadi, Hosseini, Karimi, Rahimi, Tehrani, Moradi, Sadeghi, Ghorbani, Jafari, "
                "Naderi, Farahani, Shirazi"
            ),
        ),
        native=Names(
            women=_native(
                "مریم=Maryam, سارا=Sara, نازنین=Nazanin, شیرین=Shirin, پریسا=Parisa, "
                "نیلوفر=Niloufar, لیلا=Leila"
            ),
            men=_native(
                "علی=Ali, رضا=Reza, محمد=Mohammad, امیر=Amir, حسین=Hossein, کیان=Kian, "
                "داریوش=Dariush, بهرام=Bahram"
            ),
            last=_native(
                "محمدی=Mohammadi, حسینی=Hosseini, رضایی=Rezaei, احمدی=Ahmadi, کریمی=Karimi, "
                "تهرانی=Tehrani, موسوی=Mousavi, جعفری=Jafari"
            ),
        ),
        native_share=0.75,
    ),
    Culture(
        key="arab",
        client_weight=7,
        therapist_weight=3,
        languages=("ar", "fr"),
        latin=Names(
            women=_latin("Fatima, Mariam, Layla, Nour, Rania, Yasmin, Dina, Hiba, Salma"),
            men=_latin("Mohamed, Ahmad, Omar, Karim, Tarek, Sami, Rami, Bilal, Hussein"),
            last=_latin(
                "Haddad, Khoury, Mansour, El-Khatib, Nasser, Saleh, Aziz, Hamdan, Tannous, "
                "Bitar, Abou-Zeid, Chami"
            ),
        ),
        native=Names(
            women=_native(
                "فاطمة=Fatima, مريم=Mariam, ليلى=Layla, نور=Nour, سارة=Sara, ريم=Reem, هدى=Huda, "
                "آمنة=Amina"
            ),
            men=_native(
                "محمد=Mohammed, أحمد=Ahmed, علي=Ali, عمر=Omar, يوسف=Youssef, خالد=Khaled, "
                "حسن=Hassan, إبراهيم=Ibrahim"
            ),
            last=_native(
                "عبد الله=Abdullah, الحسن=Al-Hassan, حداد=Haddad, خوري=Khoury, منصور=Mansour, "
                "سليمان=Suleiman, النجار=Al-Najjar, حمدان=Hamdan, عيسى=Issa, صالح=Saleh"
            ),
        ),
        native_share=0.75,
    ),
    Culture(
        key="somali",
        client_weight=2,
        therapist_weight=1,
        languages=("so", "ar"),
        latin=Names(
            women=_latin("Hodan, Amina, Faadumo, Hibaaq, Ayaan, Sahra, Nasra, Ifrah, Ubah"),
            men=_latin("Abdirahman, Mohamed, Abdullahi, Yusuf, Ahmed, Hassan, Liban, Guled"),
            last=_latin("Warsame, Farah, Jama, Osman, Hussein, Abdi, Ali, Aden, Mohamud, Egal"),
        ),
    ),
    Culture(
        key="filipino",
        client_weight=3,
        therapist_weight=2,
        languages=("tl",),
        latin=Names(
            women=_latin("Kristine, Jasmine, Angelica, Maricel, Rowena, Liezl, Joy, Maria Clara"),
            men=_latin("Jose, Mark Anthony, Jericho, Rodel, Emmanuel, Paolo, Carlo, Ramon"),
            last=_latin(
                "Santos, Reyes, Cruz, Bautista, Dela Cruz, Garcia, Mendoza, Villanueva, Ramos, "
                "Aquino, Castillo, Navarro, Dizon, Manalo, Pascual"
            ),
        ),
    ),
    Culture(
        key="portuguese",
        client_weight=2,
        therapist_weight=2,
        languages=("pt",),
        latin=Names(
            women=_latin("Ana, Beatriz, Inês, Catarina, Mariana, Fernanda, Conceição, Luísa"),
            men=_latin("João, António, Tiago, Gonçalo, Rui, Paulo, Luís, Sérgio"),
            last=_latin(
                "Silva, Santos, Ferreira, Pereira, Costa, Rodrigues, Medeiros, Sousa, Almeida, "
                "Carvalho, Moniz, Rebelo, Pacheco, Furtado, da Silva, Gonçalves"
            ),
        ),
    ),
    Culture(
        key="italian",
        client_weight=2,
        therapist_weight=3,
        languages=("it",),
        latin=Names(
            women=_latin(
                "Giulia, Francesca, Chiara, Alessandra, Lucia, Rosa, Antonella, Gabriella"
            ),
            men=_latin("Marco, Giuseppe, Alessandro, Luca, Matteo, Antonio, Salvatore, Vincenzo"),
            last=_latin(
                "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, "
                "De Luca, Mancini, Conti, Gallo, Caruso, DiNardo, Iacobelli"
            ),
        ),
    ),
    Culture(
        key="polish",
        client_weight=1.5,
        therapist_weight=1.5,
        languages=("pl",),
        latin=Names(
            women=_latin("Agnieszka, Małgorzata, Katarzyna, Zofia, Magdalena, Joanna, Ewa"),
            men=_latin("Łukasz, Krzysztof, Piotr, Tomasz, Paweł, Wojciech, Jakub"),
            # Surnames that do not change with gender, so any pairing reads right.
            last=_latin(
                "Nowak, Wójcik, Kowalczyk, Woźniak, Mazur, Krawczyk, Zając, Król, Wieczorek, "
                "Dudek, Pawlak, Michalak, Sikora, Baran, Duda"
            ),
        ),
    ),
    Culture(
        key="ukrainian",
        client_weight=5,
        therapist_weight=2,
        languages=("uk",),
        latin=Names(
            women=_latin("Halyna, Natalie, Oksana, Larissa, Iryna, Daria, Sofiia"),
            men=_latin("Stefan, Mykola, Roman, Yuri, Taras, Bohdan, Andriy"),
            last=_latin(
                "Kowalchuk, Hnatyshyn, Melnyk, Bodnar, Danylyshyn, Kuzyk, Petryshyn, Wasylyk, "
                "Zelenko, Holub"
            ),
        ),
        native=Names(
            women=_native(
                "Олена=Olena, Оксана=Oksana, Наталія=Nataliia, Ірина=Iryna, Юлія=Yuliia, "
                "Тетяна=Tetiana, Анастасія=Anastasiia"
            ),
            men=_native(
                "Андрій=Andrii, Олександр=Oleksandr, Дмитро=Dmytro, Тарас=Taras, Богдан=Bohdan, "
                "Максим=Maksym, Іван=Ivan"
            ),
            last=_native(
                "Коваленко=Kovalenko, Шевченко=Shevchenko, Бондаренко=Bondarenko, Мельник=Melnyk, "
                "Ткаченко=Tkachenko, Кравчук=Kravchuk, Бойко=Boiko, Савчук=Savchuk, "
                "Петренко=Petrenko, Лисенко=Lysenko"
            ),
        ),
        native_share=0.75,
    ),
    Culture(
        key="caribbean",
        client_weight=3,
        therapist_weight=3,
        languages=(),
        latin=Names(
            women=_latin(
                "Shanice, Tamika, Keisha, Simone, Marcia, Beverley, Nadine, Alicia, Kadian, "
                "Shelly-Ann"
            ),
            men=_latin(
                "Andre, Marlon, Devon, Delroy, Jermaine, Kareem, Tyrone, Winston, Orville, Dwayne"
            ),
            last=_latin(
                "Campbell, Williams, Grant, McKenzie, Reid, Francis, Bailey, Henry, Gordon, "
                "Richards, Samuels, Persaud, Ramnarine, Ramsaran"
            ),
        ),
    ),
    Culture(
        key="indigenous",
        client_weight=1.5,
        therapist_weight=1.5,
        languages=("oj", "cr"),
        latin=Names(
            women=_latin("Waaseyaa, Ziigwan, Nimkii, Tanis, Shaylene, Destiny, Autumn, Cheyenne"),
            men=_latin("Migizi, Makwa, Niigaan, Tanner, Cody, Wesley, Ozaawaa, Jordan"),
            last=_latin(
                "Fiddler, Meekis, Beardy, Kakegamic, Keeper, Mamakwa, Rae, Sakanee, Moose, "
                "Nakogee, Cheechoo, Sutherland, Linklater, Wabasse, Kataquapit, Nanibush"
            ),
        ),
    ),
    Culture(
        key="hispanic",
        client_weight=3,
        therapist_weight=2,
        languages=("es",),
        latin=Names(
            women=_latin(
                "María José, Valentina, Camila, Lucía, Gabriela, Daniela, Ximena, Sofía, Ángela"
            ),
            men=_latin(
                "José Luis, Carlos, Alejandro, Diego, Andrés, Javier, Mateo, Sebastián, Joaquín"
            ),
            last=_latin(
                "García, Rodríguez, Martínez, Hernández, López, González, Pérez, Sánchez, "
                "Ramírez, Torres, Flores, Rivera, Gómez, Díaz, Muñoz, Peña"
            ),
        ),
    ),
)

# English names that people from China, Hong Kong, Taiwan and Korea often go by.
ADOPTED_FIRST: tuple[Name, ...] = _latin(
    "Kevin, Vivian, Eric, Jason, Winnie, Karen, Cindy, Ivy, Grace, Michelle, Tony, Jenny, "
    "Annie, Peter, Kelvin, Joanne, Steven, Sunny"
)

# Short forms people ask to be called by.
SHORT_FORMS: dict[str, str] = {
    "Elizabeth": "Liz",
    "Katherine": "Kate",
    "Margaret": "Maggie",
    "Jennifer": "Jen",
    "Rebecca": "Becca",
    "Michael": "Mike",
    "Matthew": "Matt",
    "Benjamin": "Ben",
    "Daniel": "Dan",
    "Patrick": "Paddy",
    "Robert": "Rob",
    "William": "Will",
    "Thomas": "Tom",
    "Alexandre": "Alex",
    "Jean-François": "J-F",
    "Marie-Ève": "Marie",
    "Mohamed": "Mo",
    "Mohammed": "Mo",
    "Abdirahman": "Abdi",
    "Alejandro": "Alex",
    "Oleksandr": "Sasha",
    "Олександр": "Саша",
    "Anastasiia": "Nastia",
    "Анастасія": "Настя",
    "Małgorzata": "Gosia",
    "Katarzyna": "Kasia",
    "Gurpreet": "Gary",
    "Harjit": "Harry",
    "Mark Anthony": "Mark",
    "Maria Clara": "Clara",
    "Thị Minh Khai": "Khai",
    "María José": "Majo",
    "José Luis": "Pepe",
}
