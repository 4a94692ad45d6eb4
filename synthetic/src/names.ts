/**
 * Name tables of the synthetic graph, in several scripts: each entry is a Latin name with its
 * renderings in Han (Chinese), Cyrillic (Russian) and Arabic script where one is used. People are
 * named after the naming customs of their country (Chinese, Japanese, Korean, Russian, Arabic,
 * European), so search meets CJK, Cyrillic and Arabic aliases and accented Latin names.
 */
import type { Random } from './random.ts';

/** The scripts a local alias may be written in. */
export type Script = 'latin' | 'han' | 'hangul' | 'kana' | 'cyrillic' | 'arabic';

/** A country or bloc: ISO code, English name, local name, the script of its people's names. */
export interface CountryName {
  code: string;
  name: string;
  local: string | null;
  script: Script;
  /** City used in datelines. */
  capital: string;
}

export const COUNTRIES: readonly CountryName[] = [
  { code: 'CN', name: 'China', local: '中国', script: 'han', capital: 'BEIJING' },
  { code: 'US', name: 'United States', local: null, script: 'latin', capital: 'WASHINGTON' },
  {
    code: 'EU',
    name: 'European Union',
    local: 'Europäische Union',
    script: 'latin',
    capital: 'BRUSSELS',
  },
  { code: 'RU', name: 'Russia', local: 'Россия', script: 'cyrillic', capital: 'MOSCOW' },
  { code: 'JP', name: 'Japan', local: '日本', script: 'kana', capital: 'TOKYO' },
  { code: 'KR', name: 'South Korea', local: '대한민국', script: 'hangul', capital: 'SEOUL' },
  { code: 'DE', name: 'Germany', local: 'Deutschland', script: 'latin', capital: 'BERLIN' },
  { code: 'FR', name: 'France', local: null, script: 'latin', capital: 'PARIS' },
  { code: 'GB', name: 'United Kingdom', local: null, script: 'latin', capital: 'LONDON' },
  { code: 'SA', name: 'Saudi Arabia', local: 'السعودية', script: 'arabic', capital: 'RIYADH' },
  {
    code: 'AE',
    name: 'United Arab Emirates',
    local: 'الإمارات',
    script: 'arabic',
    capital: 'ABU DHABI',
  },
  { code: 'EG', name: 'Egypt', local: 'مصر', script: 'arabic', capital: 'CAIRO' },
  { code: 'TW', name: 'Taiwan', local: '台灣', script: 'han', capital: 'TAIPEI' },
  { code: 'SG', name: 'Singapore', local: '新加坡', script: 'han', capital: 'SINGAPORE' },
  { code: 'KZ', name: 'Kazakhstan', local: 'Қазақстан', script: 'cyrillic', capital: 'ASTANA' },
  { code: 'UA', name: 'Ukraine', local: 'Україна', script: 'cyrillic', capital: 'KYIV' },
  { code: 'NL', name: 'Netherlands', local: 'Nederland', script: 'latin', capital: 'THE HAGUE' },
  { code: 'VN', name: 'Vietnam', local: 'Việt Nam', script: 'latin', capital: 'HANOI' },
  { code: 'TR', name: 'Türkiye', local: 'Turkey', script: 'latin', capital: 'ANKARA' },
  { code: 'MX', name: 'Mexico', local: 'México', script: 'latin', capital: 'MEXICO CITY' },
];

/** A word with its renderings by script (null: written in Latin letters there too). */
export interface Word {
  latin: string;
  han: string;
  cyrillic: string;
  arabic: string;
}

const w = (latin: string, han: string, cyrillic: string, arabic: string): Word => ({
  latin,
  han,
  cyrillic,
  arabic,
});

/** Ministries and offices an agency may be. */
export const AGENCY_DOMAINS: readonly Word[] = [
  w('Ministry of Commerce', '商务部', 'Министерство торговли', 'وزارة التجارة'),
  w('Ministry of Foreign Affairs', '外交部', 'Министерство иностранных дел', 'وزارة الخارجية'),
  w(
    'Ministry of Industry and Information Technology',
    '工业和信息化部',
    'Министерство промышленности',
    'وزارة الصناعة',
  ),
  w('Ministry of Finance', '财政部', 'Министерство финансов', 'وزارة المالية'),
  w('Ministry of Science and Technology', '科学技术部', 'Министерство науки', 'وزارة العلوم'),
  w('General Administration of Customs', '海关总署', 'Таможенная служба', 'مصلحة الجمارك'),
  w('Ministry of Defence', '国防部', 'Министерство обороны', 'وزارة الدفاع'),
  w(
    'Export Control Office',
    '出口管制办公室',
    'Служба экспортного контроля',
    'مكتب مراقبة الصادرات',
  ),
  w('Energy Administration', '能源局', 'Министерство энергетики', 'وزارة الطاقة'),
  w('Competition Authority', '市场监督管理总局', 'Антимонопольная служба', 'هيئة المنافسة'),
];

/** Regional offices, for agencies beyond one per domain and country. */
export const REGIONS: readonly Word[] = [
  w('Northern', '北方', 'Северное', 'الشمالي'),
  w('Southern', '南方', 'Южное', 'الجنوبي'),
  w('Eastern', '东部', 'Восточное', 'الشرقي'),
  w('Western', '西部', 'Западное', 'الغربي'),
  w('Central', '中部', 'Центральное', 'المركزي'),
  w('Coastal', '沿海', 'Приморское', 'الساحلي'),
];

export const COMPANY_STEMS: readonly Word[] = [
  w('Nova', '诺瓦', 'Нова', 'نوفا'),
  w('Sino', '华芯', 'Сино', 'سينو'),
  w('Helio', '赫利奥', 'Гелио', 'هيليو'),
  w('Quantum', '量子', 'Квант', 'كوانتم'),
  w('Vertex', '顶点', 'Вертекс', 'فيرتكس'),
  w('Orion', '猎户', 'Орион', 'أوريون'),
  w('Lumen', '流明', 'Люмен', 'لومين'),
  w('Zenith', '天顶', 'Зенит', 'زينيث'),
  w('Astra', '星辰', 'Астра', 'أسترا'),
  w('Meridian', '子午', 'Меридиан', 'ميريديان'),
  w('Cobalt', '钴源', 'Кобальт', 'كوبالت'),
  w('Photon', '光子', 'Фотон', 'فوتون'),
  w('Polaris', '北极星', 'Полярис', 'بولاريس'),
  w('Sigma', '西格玛', 'Сигма', 'سيغما'),
];

export const COMPANY_TRADES: readonly Word[] = [
  w('Semiconductor', '半导体', 'Полупроводник', 'لأشباه الموصلات'),
  w('Cloud', '云', 'Облако', 'السحابية'),
  w('Materials', '材料', 'Материалы', 'للمواد'),
  w('Devices', '器件', 'Устройства', 'للأجهزة'),
  w('Networks', '网络', 'Сети', 'للشبكات'),
  w('Electronics', '电子', 'Электроника', 'للإلكترونيات'),
  w('Optics', '光学', 'Оптика', 'للبصريات'),
  w('Robotics', '机器人', 'Робототехника', 'للروبوتات'),
];

export const COMPANY_FORMS = [
  'Co., Ltd.',
  'Inc.',
  'AG',
  'Group',
  'Holdings',
  'S.A.',
  'JSC',
  'Technologies',
] as const;

export const OUTLET_PLACES: readonly Word[] = [
  w('Global', '环球', 'Глобал', 'العالمية'),
  w('Capital', '首都', 'Столичные', 'العاصمة'),
  w('Pacific', '太平洋', 'Тихоокеанские', 'الهادئ'),
  w('Market', '市场', 'Рыночные', 'السوق'),
  w('Tech', '科技', 'Тех', 'التقنية'),
  w('Harbour', '港湾', 'Гаванские', 'الميناء'),
  w('Silk Road', '丝路', 'Шёлковый путь', 'طريق الحرير'),
  w('Continental', '大陆', 'Континентальные', 'القارية'),
];

export const OUTLET_TITLES: readonly Word[] = [
  w('Times', '时报', 'Таймс', 'تايمز'),
  w('Daily', '日报', 'Ежедневник', 'اليومية'),
  w('Herald', '导报', 'Вестник', 'هيرالد'),
  w('Post', '邮报', 'Пост', 'بوست'),
  w('Wire', '通讯', 'Телеграф', 'واير'),
  w('Review', '评论', 'Обозрение', 'ريفيو'),
];

/** Items by type: materials, products and services a measure may cover. */
export const ITEM_BASES: Readonly<Record<'MATERIAL' | 'PRODUCT' | 'SERVICE', readonly Word[]>> = {
  MATERIAL: [
    w('gallium', '镓', 'галлий', 'الغاليوم'),
    w('germanium', '锗', 'германий', 'الجرمانيوم'),
    w('graphite', '石墨', 'графит', 'الغرافيت'),
    w('antimony', '锑', 'сурьма', 'الأنتيمون'),
    w('tungsten', '钨', 'вольфрам', 'التنغستن'),
    w('rare-earth magnet', '稀土磁体', 'редкоземельный магнит', 'مغناطيس أرضي نادر'),
    w('polysilicon', '多晶硅', 'поликремний', 'السيليكون المتعدد'),
  ],
  PRODUCT: [
    w('AI accelerator', '人工智能加速器', 'ИИ-ускоритель', 'مسرع ذكاء اصطناعي'),
    w('lithography system', '光刻机', 'литографическая система', 'نظام طباعة حجرية'),
    w('memory chip', '存储芯片', 'микросхема памяти', 'شريحة ذاكرة'),
    w('power transistor', '功率晶体管', 'силовой транзистор', 'ترانزستور طاقة'),
    w('drone', '无人机', 'беспилотник', 'طائرة مسيرة'),
  ],
  SERVICE: [
    w('cloud computing service', '云计算服务', 'облачные вычисления', 'خدمة الحوسبة السحابية'),
    w('chip design software', '芯片设计软件', 'САПР микросхем', 'برمجيات تصميم الرقائق'),
    w('satellite data service', '卫星数据服务', 'спутниковые данные', 'خدمة بيانات الأقمار'),
  ],
};

/** Person names by country script: [Latin, local] pairs of family and given names. */
const FAMILY: Readonly<Record<string, readonly [string, string][]>> = {
  han: [
    ['Wang', '王'],
    ['Li', '李'],
    ['Zhang', '张'],
    ['Liu', '刘'],
    ['Chen', '陈'],
    ['Yang', '杨'],
    ['Zhao', '赵'],
    ['Huang', '黄'],
    ['Zhou', '周'],
    ['Mao', '毛'],
    ['Xiang', '项'],
    ['Lin', '林'],
  ],
  kana: [
    ['Sato', '佐藤'],
    ['Suzuki', '鈴木'],
    ['Takahashi', '高橋'],
    ['Tanaka', '田中'],
    ['Ito', '伊藤'],
    ['Watanabe', '渡辺'],
  ],
  hangul: [
    ['Kim', '김'],
    ['Lee', '이'],
    ['Park', '박'],
    ['Choi', '최'],
    ['Jung', '정'],
    ['Kang', '강'],
  ],
  cyrillic: [
    ['Ivanov', 'Иванов'],
    ['Petrov', 'Петров'],
    ['Smirnov', 'Смирнов'],
    ['Volkov', 'Волков'],
    ['Sokolov', 'Соколов'],
    ['Morozov', 'Морозов'],
    ['Orlov', 'Орлов'],
    ['Novikov', 'Новиков'],
  ],
  arabic: [
    ['Al-Sayed', 'السيد'],
    ['Haddad', 'حداد'],
    ['Mansour', 'منصور'],
    ['Khalil', 'خليل'],
    ['Nasser', 'ناصر'],
    ['Saleh', 'صالح'],
    ['Hamdan', 'حمدان'],
    ['Aziz', 'عزيز'],
  ],
  latin: [
    ['Smith', ''],
    ['Müller', ''],
    ['García', ''],
    ['Dubois', ''],
    ['Rossi', ''],
    ['Novák', ''],
    ['Jensen', ''],
    ['Kowalski', ''],
    ['O’Brien', ''],
    ['Schröder', ''],
    ['Lefèvre', ''],
    ['Nguyễn', ''],
  ],
};
const GIVEN: Readonly<Record<string, readonly [string, string][]>> = {
  han: [
    ['Wei', '伟'],
    ['Fang', '芳'],
    ['Na', '娜'],
    ['Min', '敏'],
    ['Jing', '静'],
    ['Ning', '宁'],
    ['Qiang', '强'],
    ['Lei', '磊'],
    ['Jun', '军'],
    ['Tao', '涛'],
    ['Ming', '明'],
    ['Hua', '华'],
    ['Dan', '丹'],
    ['Ligang', '利刚'],
    ['Wenbin', '文斌'],
    ['Xiuying', '秀英'],
  ],
  kana: [
    ['Haruto', '陽翔'],
    ['Yui', '結衣'],
    ['Sota', '蒼太'],
    ['Hina', '陽菜'],
    ['Ren', '蓮'],
    ['Aoi', '葵'],
  ],
  hangul: [
    ['Min-jun', '민준'],
    ['Seo-yeon', '서연'],
    ['Ji-ho', '지호'],
    ['Ha-eun', '하은'],
    ['Do-yun', '도윤'],
    ['Su-bin', '수빈'],
  ],
  cyrillic: [
    ['Ivan', 'Иван'],
    ['Sergei', 'Сергей'],
    ['Dmitry', 'Дмитрий'],
    ['Alexei', 'Алексей'],
    ['Olga', 'Ольга'],
    ['Tatiana', 'Татьяна'],
    ['Mikhail', 'Михаил'],
    ['Elena', 'Елена'],
  ],
  arabic: [
    ['Ahmed', 'أحمد'],
    ['Mohammed', 'محمد'],
    ['Fatima', 'فاطمة'],
    ['Omar', 'عمر'],
    ['Layla', 'ليلى'],
    ['Khalid', 'خالد'],
    ['Yousef', 'يوسف'],
    ['Huda', 'هدى'],
  ],
  latin: [
    ['James', ''],
    ['María', ''],
    ['Sophie', ''],
    ['Lukas', ''],
    ['José', ''],
    ['Zoë', ''],
    ['François', ''],
    ['Ingrid', ''],
    ['Chloé', ''],
    ['Søren', ''],
    ['Hélène', ''],
    ['Jürgen', ''],
  ],
};

/** A person's name as used in English text and, for non-Latin scripts, in their own script. */
export function personName(script: Script, random: Random): { name: string; local: string | null } {
  const [family, familyLocal] = random.pick(FAMILY[script] ?? FAMILY.latin!);
  const [given, givenLocal] = random.pick(GIVEN[script] ?? GIVEN.latin!);
  switch (script) {
    case 'han':
    case 'kana':
      return { name: `${family} ${given}`, local: `${familyLocal}${givenLocal}` };
    case 'hangul':
      return { name: `${family} ${given}`, local: `${familyLocal}${givenLocal}` };
    case 'cyrillic':
      return { name: `${given} ${family}`, local: `${givenLocal} ${familyLocal}` };
    case 'arabic':
      return { name: `${given} ${family}`, local: `${givenLocal} ${familyLocal}` };
    default:
      return { name: `${given} ${family}`, local: null };
  }
}

/** The rendering of `word` in `script` (Han for Chinese, Japanese and Korean names of things), or null for Latin. */
export function localWord(word: Word, script: Script): string | null {
  switch (script) {
    case 'han':
    case 'kana':
    case 'hangul':
      return word.han;
    case 'cyrillic':
      return word.cyrillic;
    case 'arabic':
      return word.arabic;
    default:
      return null;
  }
}
