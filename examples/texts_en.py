"""English example reports (written for this project) and their gold events."""

from texts_zh import E, CS, ANN, WX, TOY, HLJ, NCC, HKD, SAKHA, QD, DG, SH, OSK

EN_DOCS = []

# ---------------------------------------------------------------- en01 (HTML)
EN_DOCS.append(dict(
    id="en01_annapolis_changsha.html", script="en",
    text="""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Annapolis receives 40,000 masks from sister city Changsha | Annapolis Harbor News</title>
<meta name="date" content="2020-03-31">
<meta property="article:published_time" content="2020-03-31T16:45:00-04:00">
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
</head>
<body>
<div id="cookie-banner">We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies. <button>Accept</button></div>
<header><a href="/">Annapolis Harbor News</a> <nav><a href="/local">Local</a> | <a href="/politics">Politics</a> | <a href="/health">Health</a> | <a href="/coronavirus">Coronavirus</a></nav></header>
<main>
<article>
<h1>Annapolis receives 40,000 masks from sister city Changsha</h1>
<p class="byline">By Megan Riley, Staff Writer</p>
<p class="dateline">ANNAPOLIS, Md. (March 31, 2020) &mdash;</p>
<figure><img src="/img/masks-arrive.jpg" alt=""><figcaption>Firefighters unload boxes of masks from Changsha at the Annapolis Fire Department headquarters on Monday. (Photo courtesy City of Annapolis)</figcaption></figure>
<p>A shipment of 40,000 face masks donated by Changsha, China, arrived at the Annapolis Fire Department headquarters on Monday, March 30, easing a shortage that had left some first responders reusing the same mask for days.</p>
<p>Mayor Gavin Buckley wrote to Changsha Mayor Zheng Jianxin on March 20 asking whether the city could help with masks for first responders, after the city's usual suppliers ran out.</p>
<p>"When we needed a friend, Changsha was there," Buckley said. He thanked the people of Changsha in a video posted to the city's Facebook page on Tuesday.</p>
<p>The two cities have been sister cities since 2006. In February, Buckley recorded a video message of support for Changsha residents as the city fought the outbreak.</p>
<p>City officials said the masks will be shared with Anne Arundel Medical Center and the county health department next week. Changsha has also offered to arrange a video call between doctors in the two cities.</p>
</article>
<section class="related">
<h2>Related stories</h2>
<ul>
<li><a href="/2020/03/28/county-opens-testing-site">County opens drive-through testing site</a></li>
<li><a href="/2020/03/25/sister-city-sends-supplies">Maryland sister state sends supplies to Anhui</a></li>
<li><a href="/2020/03/23/restaurants-curbside">Downtown restaurants switch to curbside pickup</a></li>
</ul>
</section>
<div class="newsletter">Subscribe to our newsletter. Get the latest local news delivered to your inbox every morning. <input type="email" placeholder="Email address"> <button>Sign up</button></div>
</main>
<footer>&copy; 2020 Annapolis Harbor News. All rights reserved. Privacy Policy | Terms of Service</footer>
</body>
</html>
""",
    events=[
        E("donation", [(CS, "Changsha, China")], [(ANN, "Annapolis Fire Department")], ("2020-03-30", "on"),
          "A shipment of 40,000 face masks donated by Changsha, China, arrived at the Annapolis Fire Department headquarters on Monday, March 30",
          items=[("mask", 40000, "piece", "exact")], fact="C3"),
        E("request", [(ANN, "Mayor Gavin Buckley")], [(CS, "Changsha Mayor Zheng Jianxin")], ("2020-03-20", "on"),
          "Mayor Gavin Buckley wrote to Changsha Mayor Zheng Jianxin on March 20 asking whether the city could help with masks for first responders",
          items=[("mask", None, None)], fact="C2", requested="supplies"),
        E("message", [(ANN, "Buckley")], [(CS, "the people of Changsha")], ("2020-03-31", "on"),
          "He thanked the people of Changsha in a video posted to the city's Facebook page on Tuesday",
          fact="C4", kind="thanks", medium="social_media"),
        E("message", [(ANN, "Buckley")], [(CS, "Changsha residents")], ("2020-02", "approx"),
          "In February, Buckley recorded a video message of support for Changsha residents as the city fought the outbreak",
          fact="C1", kind="solidarity", medium="video"),
    ]))

# ---------------------------------------------------------------- en02
EN_DOCS.append(dict(
    id="en02_toyokawa_wuxi.txt", script="en",
    text="""Toyokawa thanks sister city Wuxi for second mask shipment

Published April 3, 2020 | By Aya Morimoto, Staff Writer | Toyokawa Community News (English edition)

TOYOKAWA, Aichi -- The second shipment of supplies from Wuxi, 20,000 masks and 500 protective gowns, reached Toyokawa City Hall on April 1, city officials said.

It follows a first batch of 10,000 masks from Wuxi that arrived on March 12 and was handed to clinics and nursing homes across the city.

The exchange began in the other direction. On Feb. 4, Toyokawa donated 4,500 masks to Wuxi from the city's disaster-preparedness stockpile, when the outbreak in China was at its height.

In early March, as masks vanished from shelves across Aichi Prefecture, the city asked Wuxi for help in securing masks for care workers.

Mayor Yukio Takemoto thanked Wuxi in a video message recorded at City Hall on April 1. "Our friendship of more than 30 years has become even stronger," he said.

The masks will be distributed to nursing homes and after-school clubs next week.

[Photo] Mayor Yukio Takemoto (center) with boxes of masks from Wuxi at City Hall. (Toyokawa City)

Related stories
- Aichi Prefecture sends supplies to Jiangsu Province
- Toyokawa Inari festival cancelled for the first time in decades

Subscribe to our newsletter for weekly updates from Toyokawa.
Share: Facebook | Twitter | LINE
""",
    events=[
        E("donation", [(WX, "Wuxi")], [(TOY, "Toyokawa City Hall")], ("2020-04-01", "on"),
          "The second shipment of supplies from Wuxi, 20,000 masks and 500 protective gowns, reached Toyokawa City Hall on April 1",
          items=[("mask", 20000, "piece", "exact"), ("protective_suit", 500, "item", "exact")], fact="W4"),
        E("donation", [(WX, "Wuxi")], [(TOY, "Toyokawa")], ("2020-03-12", "on"),
          "It follows a first batch of 10,000 masks from Wuxi that arrived on March 12",
          items=[("mask", 10000, "piece", "exact")], fact="W3"),
        E("donation", [(TOY, "Toyokawa")], [(WX, "Wuxi")], ("2020-02-04", "on"),
          "On Feb. 4, Toyokawa donated 4,500 masks to Wuxi from the city's disaster-preparedness stockpile",
          items=[("mask", 4500, "piece", "exact")], fact="W1"),
        E("request", [(TOY, "the city")], [(WX, "Wuxi")], ("2020-03", "approx"),
          "In early March, as masks vanished from shelves across Aichi Prefecture, the city asked Wuxi for help in securing masks for care workers",
          items=[("mask", None, None)], fact="W6", requested="supplies"),
        E("message", [(TOY, "Mayor Yukio Takemoto")], [(WX, "Wuxi")], ("2020-04-01", "on"),
          "Mayor Yukio Takemoto thanked Wuxi in a video message recorded at City Hall on April 1",
          fact="W5", kind="thanks", medium="video"),
    ]))

# ---------------------------------------------------------------- en03
EN_DOCS.append(dict(
    id="en03_chungbuk_heilongjiang.txt", script="en",
    text="""North Chungcheong receives 50,000 masks from Heilongjiang

Posted : 2020-03-17 17:20 | Updated : 2020-03-17 18:02
By Kim Min-ji

CHEONGJU -- About 50,000 face masks donated by China's Heilongjiang Province arrived in Cheongju on March 9 and have been distributed to hospitals and public health centers, the North Chungcheong provincial government said Tuesday.

Gov. Lee Si-jong sent a letter of thanks to Heilongjiang Governor Wang Wentao on Monday, saying the masks "will go first to the medical staff who need them most."

The shipment returns a favor. On Feb. 7, North Chungcheong sent 20,000 masks and 1,000 protective suits to Heilongjiang, its sister province since 1996, when the virus was spreading in China.

The province plans to invite Heilongjiang officials to an online meeting on quarantine at airports later this month.

Cookie settings: This site uses cookies for analytics. Learn more
Most read | Subscribe to our newsletter | Copyright (c) Chungcheong Daily. All rights reserved.
""",
    events=[
        E("donation", [(HLJ, "China's Heilongjiang Province")], [(NCC, "Cheongju")], ("2020-03-09", "on"),
          "About 50,000 face masks donated by China's Heilongjiang Province arrived in Cheongju on March 9",
          items=[("mask", 50000, "piece", "approx")], fact="H1"),
        E("message", [(NCC, "Gov. Lee Si-jong")], [(HLJ, "Heilongjiang Governor Wang Wentao")], ("2020-03-16", "on"),
          "Gov. Lee Si-jong sent a letter of thanks to Heilongjiang Governor Wang Wentao on Monday",
          fact="H2", kind="thanks", medium="letter"),
        E("donation", [(NCC, "North Chungcheong")], [(HLJ, "Heilongjiang")], ("2020-02-07", "on"),
          "On Feb. 7, North Chungcheong sent 20,000 masks and 1,000 protective suits to Heilongjiang",
          items=[("mask", 20000, "piece", "exact"), ("protective_suit", 1000, "set", "exact")]),
    ]))

# ---------------------------------------------------------------- en04
EN_DOCS.append(dict(
    id="en04_yakutia_heilongjiang.txt", script="en",
    text="""Medical supplies from Heilongjiang arrive in Yakutsk

April 3, 2020, 11:40 | Yakutsk | News of Yakutia (English service)

YAKUTSK, April 3 -- A cargo of 20,000 medical masks and 1,000 protective suits donated by China's Heilongjiang Province arrived in Yakutsk on April 2, the republic's Ministry of Health said.

Head of the Republic Aisen Nikolaev thanked Heilongjiang on Instagram the same day: "True friends show up when times are hard."

On March 25, the republic's health ministry held a video conference with Heilongjiang specialists, who shared their experience in treating severe cases, tracing contacts and screening people at border crossings.

The conference was held at the request of the Sakha government, which approached Heilongjiang in mid-March after the first suspected cases in the republic.

Photo: Boxes from Heilongjiang at Yakutsk airport. (Ministry of Health of Sakha)
Share this article | Print | Related: Yakutsk schools move to distance learning
""",
    events=[
        E("donation", [(HLJ, "China's Heilongjiang Province")], [(SAKHA, "Yakutsk")], ("2020-04-02", "on"),
          "A cargo of 20,000 medical masks and 1,000 protective suits donated by China's Heilongjiang Province arrived in Yakutsk on April 2",
          items=[("medical_mask", 20000, "piece", "exact"), ("protective_suit", 1000, "set", "exact")],
          fact="H6"),
        E("message", [(SAKHA, "Head of the Republic Aisen Nikolaev")], [(HLJ, "Heilongjiang")], ("2020-04-02", "on"),
          "Head of the Republic Aisen Nikolaev thanked Heilongjiang on Instagram the same day",
          fact="H8", kind="thanks", medium="social_media"),
        E("consultation", [(SAKHA, "the republic's health ministry")], [(HLJ, "Heilongjiang specialists")],
          ("2020-03-25", "on"),
          "On March 25, the republic's health ministry held a video conference with Heilongjiang specialists",
          fact="H4", medium="video", topics=["treating severe cases", "tracing contacts", "border screening"]),
        E("request", [(SAKHA, "the Sakha government")], [(HLJ, "Heilongjiang")], ("2020-03", "approx"),
          "The conference was held at the request of the Sakha government, which approached Heilongjiang in mid-March",
          fact="H7", requested="consultation"),
    ]))

# ---------------------------------------------------------------- en05
EN_DOCS.append(dict(
    id="en05_heilongjiang_wire.txt", script="en",
    text="""Heilongjiang ships aid to 10 foreign partner regions

HARBIN, March 28 -- Northeast China's Heilongjiang Province has donated more than 200,000 pieces of anti-epidemic supplies to 10 partner regions abroad as of March 27, the provincial foreign affairs office said Saturday.

The shipments included 50,000 masks for South Korea's North Chungcheong Province, sent on March 6, and 30,000 masks that reached Sapporo, capital of Japan's Hokkaido, on March 10.

Since the outbreak began, the province has received letters and telegrams of sympathy from 28 foreign local governments and friendship groups in Russia, Japan, South Korea and elsewhere.

Heilongjiang also plans to hold more video conferences with partner regions in Russia.

Editor: Li Na
""",
    events=[
        E("aggregate", [(HLJ, "Heilongjiang Province")], [], ("2020-03-27", "as_of"),
          "Northeast China's Heilongjiang Province has donated more than 200,000 pieces of anti-epidemic supplies to 10 partner regions abroad as of March 27",
          items=[("supplies", 200000, "piece", "over")], fact="H5", of="donation", partners_count=10),
        E("donation", [(HLJ, "Heilongjiang Province")], [(NCC, "South Korea's North Chungcheong Province")],
          ("2020-03-06", "on"),
          "50,000 masks for South Korea's North Chungcheong Province, sent on March 6",
          items=[("mask", 50000, "piece", "exact")], fact="H1"),
        E("donation", [(HLJ, "Heilongjiang Province")], [(HKD, "Japan's Hokkaido")], ("2020-03-10", "on"),
          "30,000 masks that reached Sapporo, capital of Japan's Hokkaido, on March 10",
          items=[("mask", 30000, "piece", "exact")], fact="H3"),
        E("aggregate", [("RU", "Russia"), ("JP", "Japan"), ("KR", "South Korea")], [(HLJ, "the province")], None,
          "the province has received letters and telegrams of sympathy from 28 foreign local governments and friendship groups in Russia, Japan, South Korea and elsewhere",
          fact="H9", of="message", partners_count=28, kind="condolence", medium=["letter", "telegram"]),
    ]))

# ---------------------------------------------------------------- en06
EN_DOCS.append(dict(
    id="en06_daegu_qingdao.txt", script="en",
    text="""Daegu thanks Qingdao for 100,000 surgical masks

Published : March 13, 2020 - 15:31
By Park Ji-won, Daegu Bureau

DAEGU -- One hundred thousand surgical masks donated by the Chinese port city of Qingdao arrived in Daegu on Feb. 29, as the city battled the country's largest cluster of infections.

Mayor Kwon Young-jin sent a letter of thanks to Qingdao on March 5, calling the gift "the warmth of a neighbor at the hardest moment."

On Thursday, Daegu health officials joined a video conference with disease control experts from Qingdao to discuss community transmission and protective gear for medical staff.

The help went both ways: in late January, Daegu had sent 20,000 masks to Qingdao, its sister city since 1993.

Related: Daegu opens residential treatment centers | Gyeongbuk cases top 1,000
Subscribe to our newsletter
""",
    events=[
        E("donation", [(QD, "Qingdao")], [(DG, "Daegu")], ("2020-02-29", "on"),
          "One hundred thousand surgical masks donated by the Chinese port city of Qingdao arrived in Daegu on Feb. 29",
          items=[("medical_mask", 100000, "piece", "exact")], fact="Q1"),
        E("message", [(DG, "Mayor Kwon Young-jin")], [(QD, "Qingdao")], ("2020-03-05", "on"),
          "Mayor Kwon Young-jin sent a letter of thanks to Qingdao on March 5",
          fact="Q2", kind="thanks", medium="letter"),
        E("consultation", [(DG, "Daegu health officials")], [(QD, "disease control experts from Qingdao")],
          ("2020-03-12", "on"),
          "On Thursday, Daegu health officials joined a video conference with disease control experts from Qingdao to discuss community transmission and protective gear for medical staff",
          fact="Q3", medium="video", topics=["community transmission", "protective gear for medical staff"]),
        E("donation", [(DG, "Daegu")], [(QD, "Qingdao")], ("2020-01", "approx"),
          "in late January, Daegu had sent 20,000 masks to Qingdao",
          items=[("mask", 20000, "piece", "exact")], fact="Q0"),
    ]))

# ---------------------------------------------------------------- en07
EN_DOCS.append(dict(
    id="en07_osaka_shanghai.txt", script="en",
    text="""Osaka receives 100,000 masks from Shanghai

April 16, 2020 (Mainichi-style regional desk, English)
OSAKA -- A shipment of 100,000 surgical masks and 1,000 protective gowns from Shanghai arrived at Kansai International Airport on April 15, the Osaka Prefectural Government said.

Gov. Hirofumi Yoshimura thanked Shanghai on Twitter the same day, writing that Osaka "will never forget this kindness."

The gift returns one made early in the outbreak: on Feb. 7, the prefecture sent 10,000 protective suits to Shanghai.

Doctors in Osaka also took part in an online meeting with Shanghai health experts on April 9 about preventing infections inside hospitals.

We use cookies to personalise content. By using this site you accept our cookie policy.
RELATED: Osaka asks pachinko parlors to close | Prefecture expands hotel quarantine
""",
    events=[
        E("donation", [(SH, "Shanghai")], [(OSK, "the Osaka Prefectural Government")], ("2020-04-15", "on"),
          "A shipment of 100,000 surgical masks and 1,000 protective gowns from Shanghai arrived at Kansai International Airport on April 15",
          items=[("medical_mask", 100000, "piece", "exact"), ("protective_suit", 1000, "item", "exact")],
          fact="S2"),
        E("message", [(OSK, "Gov. Hirofumi Yoshimura")], [(SH, "Shanghai")], ("2020-04-15", "on"),
          "Gov. Hirofumi Yoshimura thanked Shanghai on Twitter the same day",
          fact="S3", kind="thanks", medium="social_media"),
        E("donation", [(OSK, "the prefecture")], [(SH, "Shanghai")], ("2020-02-07", "on"),
          "on Feb. 7, the prefecture sent 10,000 protective suits to Shanghai",
          items=[("protective_suit", 10000, "set", "exact")], fact="S1"),
        E("consultation", [(OSK, "Doctors in Osaka")], [(SH, "Shanghai health experts")], ("2020-04-09", "on"),
          "Doctors in Osaka also took part in an online meeting with Shanghai health experts on April 9 about preventing infections inside hospitals",
          fact="S4", medium="video", topics=["preventing infections inside hospitals"]),
    ]))

# ---------------------------------------------------------------- en08
EN_DOCS.append(dict(
    id="en08_sacramento_jinan.txt", script="en",
    text="""Sacramento receives 15,000 masks from sister city Jinan

Published April 9, 2020 6:12 PM | Updated April 9, 2020 7:40 PM
By Daniel Ortiz

SACRAMENTO -- Fifteen thousand masks sent by Jinan, Sacramento's sister city in eastern China, arrived on Wednesday, April 8, and will go to hospitals and senior care homes, city officials said.

Mayor Darrell Steinberg had written to Jinan Mayor Sun Shutao on March 26 asking for help finding protective equipment.

Steinberg thanked Jinan in a statement Thursday. "Thirty-five years of friendship showed up on our doorstep this week," he said.

The masks are expected to be handed out next week. Jinan health officials have also offered an online exchange with Sacramento County public health staff.

Take Us With You: Real-time updates and all local stories you want right in the palm of your hand. Download the app.
Subscribe to our newsletter | Related stories: Sacramento County extends stay-at-home order
""",
    events=[
        E("donation", [("CN/Jinan", "Jinan")], [("US/Sacramento", "Sacramento")], ("2020-04-08", "on"),
          "Fifteen thousand masks sent by Jinan, Sacramento's sister city in eastern China, arrived on Wednesday, April 8",
          items=[("mask", 15000, "piece", "exact")], fact="J1"),
        E("request", [("US/Sacramento", "Mayor Darrell Steinberg")], [("CN/Jinan", "Jinan Mayor Sun Shutao")],
          ("2020-03-26", "on"),
          "Mayor Darrell Steinberg had written to Jinan Mayor Sun Shutao on March 26 asking for help finding protective equipment",
          items=[("supplies", None, None)], fact="J2", requested="supplies"),
        E("message", [("US/Sacramento", "Steinberg")], [("CN/Jinan", "Jinan")], ("2020-04-09", "on"),
          "Steinberg thanked Jinan in a statement Thursday",
          fact="J3", kind="thanks", medium="web"),
    ]))
