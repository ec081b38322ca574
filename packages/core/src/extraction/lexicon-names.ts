/**
 * Given names (Persian/Arabic and common foreign ones as written in Persian news) and common Persian
 * words that are never part of a name. Used to find unknown people: a given name starts a name; a run
 * of non-common words before or after a title is a name.
 */

/** Given names, written as in Persian news. */
export const FA_GIVEN_NAMES: readonly string[] = `
سید سیده علی علیرضا محمد محمدرضا محمدعلی محمدحسین محمدمهدی محمدجواد محمدباقر محمدصادق محمدهادی محمدامین محمدحسن احمد
محمود مصطفی مرتضی حسن حسین حسینعلی مهدی هادی جواد رضا حمید حمیدرضا سعید مجید وحید امید بهروز پیروز فرهاد
فرزاد بهزاد شهرام بهرام کامران کیوان پرویز جمشید داریوش کوروش سیاوش سهراب رستم بیژن منوچهر اکبر اصغر عباس
عبدالله عبدالرضا عبدالحسین عبدالمجید عبدالمطهر عبدالکریم عبدالرحیم عبدالحمید عبدالعلی ابراهیم اسماعیل یوسف یعقوب
موسی عیسی داوود سلیمان قاسم کاظم باقر صادق جعفر ناصر منصور مسعود محسن ماشاالله حبیب حبیب الله روح الله نعمت الله
ولی الله سیف الله فتح الله حشمت الله عزت الله ایرج کریم رحیم جلال کمال جمال اسدالله نصرالله حیدر صفر رمضان
ایمان پیمان آرش آرمان بابک بردیا پوریا سینا نیما یاسر یاسین امیر امیرحسین امیرعلی امین میلاد مهران مهرداد
سجاد سعید ساسان شاهین شهاب شهریار فریدون فرشید فرید فرامرز کیومرث منصور نادر ناصر نوید هومن حامد حمزه
زهرا فاطمه مریم معصومه زینب سمیه لیلا لیلی نرگس نسرین پروین شهلا سیمین مینا مهناز مهسا الهام الهه اعظم اشرف
طاهره طیبه شیرین فرشته فریبا فرزانه زهره سارا سمانه ناهید نازنین نیلوفر آزاده آزیتا پریسا پریا رویا ژیلا
میگل خوان خوزه کارلوس پابلو لوئیس لویس ماریا آنا آنه آن ژان ژانلوک پیر میشل فرانسوا ژاک کلودیا آدا ادواردو
اکتاویو اکتاوی خاویر جان جیمز جورج دیوید مایکل رابرت ریچارد پیتر پل مارک توماس ویلیام اندرو سادیق صادق
کای فرانسیسکو آنتونیو مانوئل فرناندو ریکاردو سرجیو مارسلو کلودیو ماریو پائولو لوکا مارکو جوزپه روبرتو
ولادیمیر سرگئی الکساندر الکسی آندری دیمیتری ایگور نیکولای میخائیل یوری السور رستم مینیخانوف سرگی
محمت مصطفی رجب احمت مراد اردوغان اکرم منصور یاواش ابراهیم فاتح علی کمال
کاوه رسول ابوالفضل مجتبی میثم مسلم ابوالقاسم غلامرضا غلامحسین علی اکبر علی اصغر علیاکبر علیاصغر شاهرخ فرشاد سیامک کامبیز
جلیل خلیل حجت ابوطالب اصغر محمدامیر امیرمحمد مصطفی مهرداد بهنام بهمن بیژن پدرام فربد کسری شروین عرفان حسام حمیدرضا
غلامعلی عبدالرضا عبدالحسین نورالدین شمس الدین جمال الدین ضیاءالدین عزیز طاهر مظفر منوچهر فیروز عادل سالم خالد ولید
یان آرسن ایگور الچین نورلان رستم ابراهیم عمر عثمان یوسف سلیم کریم طارق هشام حیدر جاسم عباس ماجد راشد
یو سو پارک کیم لی چن وانگ ژانگ لیو هو ین تانگ یوریکو یوشی هیرو تارو کنجی
آن هیدالگو آنه سادیک صدیق صادق خان کلودیا سابین بتینا فرانتسیسکا سیلویا ماریا
`.split(/\s+/).filter(Boolean);

/** Common words that end or interrupt a name (function words, common verbs and nouns of the genre). */
export const FA_COMMON_WORDS: readonly string[] = `
منشی نایب و یا با از به در بر برای تا که این آن را هم نیز چون اگر اما ولی پس همچنین سپس همین همان دیگر یک دو سه
چهار پنج شش هفت هشت نه ده هر همه چند بین میان پیش پس روی زیر بالای درباره باره خصوص مورد طی ضمن جهت توسط
است هست هستند بود بودند شد شدند شده کرد کردند کرده کند کنند داشت داشتند دارد دارند گفت افزود گردید نمود نمودند
می نمی خواهد خواهند باید شاید باشد باشند میشود میشد شود شوند گردد ارائه
امروز دیروز فردا روز شب صبح ظهر عصر شامگاه بامداد امشب هفته ماه سال گذشته آینده جاری اخیر کنونی فعلی
شنبه یکشنبه دوشنبه سهشنبه چهارشنبه پنجشنبه جمعه فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند
ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر
شهر شهرها شهرهای کشور کشورها کشورهای شهرداری شهرداریها شهرداریهای شورا شورای مجمع انجمن سازمان اتحادیه شبکه
کلانشهر کلانشهرها کلانشهرهای اجلاس نشست کنگره همایش جلسه دیدار ملاقات سفر گزارش خبرگزاری خبر ایرنا ایسنا ایلنا
فارس مهر تسنیم همشهری
شهردار شهرداران رئیس رییس معاون مدیر مدیرکل دبیر دبیرکل عضو اعضا اعضای نماینده سفیر سرکنسول وزیر استاندار
هیات هیئت مدیره رئیسه اجرایی نایب نائب مشاور سخنگوی سخنگو خزانهدار کارشناس مسئول
آقای خانم آقایان خانمها دکتر مهندس جناب سرکار
جهانی بینالمللی بین المللی ملی منطقهای منطقه ای شهری مدیریت توسعه همکاری همکاریها همکاریهای روابط تعامل تعاملات
حضور رای انتخاب عنوان سمت جمهوری اسلامی ایران ایرانی
اظهار داشت تاکید اشاره بیان اینکه ادامه داد اعلام
گفته نقل قول خبرنگار خبرنگاران گزارشگر منبع هیاتی هیات همراه سرپرستی جمع
`.split(/\s+/).filter(Boolean);

/** English words that are capitalised at a sentence start but never part of a name. */
export const EN_COMMON_WORDS: readonly string[] = `
the a an in on at its his her their this that these those and or of for with by from to as is was were be been
said says posted share article min read news report reports mayor mayors city cities president vice secretary general
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december today yesterday also after before during while when where who which
`.split(/\s+/).filter(Boolean);

/** English given names (for English articles). */
export const EN_GIVEN_NAMES: readonly string[] = `
john james david michael robert richard peter paul mark thomas william andrew george anne ana maria jose juan carlos
pablo luis miguel octavi jean luc pierre michel francois claudia ada sadiq eduardo sergio marcelo mario paolo luca
marco giuseppe roberto vladimir sergey alexander ilsur ekrem mansur recep ali mohammad mohammed hassan hossein mahdi
mehdi reza alireza ahmad mahmoud pirouz heydar hamid yuriko kim park lee chen wang zhang liu seo jung oh
sabine franziska kai sylvia bettina valerie
`.split(/\s+/).filter(Boolean);
