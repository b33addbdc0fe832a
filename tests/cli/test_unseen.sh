#!/usr/bin/env bash
# test_unseen.sh - the shipped gazetteer and relation lexicon on sentences
# written for this test in the style of wire copy (none is from the seeds):
# patterns that probing new text showed, each with what must and must not
# come out of it.
. "$(dirname "$0")/../lib.sh"

cat >"$TMP/wire.txt" <<'EOF'
Japan and the Philippines signed a reciprocal defense pact on Tuesday.

Saudi Arabia and Iran restored diplomatic relations in a deal brokered by China.

India and Pakistan exchanged fire along the border overnight, officials said.

Basketball star Michael Jordan met the drummer Chad Smith at a charity event.

Defense Minister Israel Katz said the Israel Defense Forces would respond.

The bank approved a US$2 billion loan, and the US welcomed it.
EOF
mkdir "$TMP/in" && mv "$TMP/wire.txt" "$TMP/in/"
echo "Hezbollah fired rockets at Israel, and the Houthis attacked a tanker." >"$TMP/in/wire2.txt"
cat >"$TMP/in/wire3.txt" <<'EOF'
Kyiv and its Western allies have accused Pyongyang of supplying artillery shells and missiles to Russia.

Washington blamed Moscow for attacking Ukraine. Seoul praised Tokyo for supporting Kyiv.
EOF
cat >"$TMP/in/wire4.txt" <<'EOF'
Japan is considering sending air defence systems to Ukraine.

Officials denied that North Korea had attacked South Korean vessels.
EOF
cat >"$TMP/in/wire5.txt" <<'EOF'
China's foreign minister Wang Yi met his Russian counterpart Sergei Lavrov in Beijing.

The United States warned China against any attack on Taiwan.

Iran-backed Houthis seized a ship. Iran-backed militias attacked U.S. troops in Syria.

South Korea and the United States agreed to share intelligence on North Korean cyber threats.

Turkey threatened to block Sweden's bid to join NATO.

Lazarus Group, which the FBI links to North Korea, stole crypto. Moscow deepened its ties with Pyongyang.

In Europe, Poland and the Baltic states called on NATO to boost its presence on the eastern flank.

South Korea, Japan and the United States held a trilateral exercise near the Korean Peninsula.

President Joe Biden and Chinese President Xi Jinping spoke by phone.

North Korea has sent more than 10,000 soldiers to help Russia fight Ukraine, according to Seoul.

Kim Yo-jong, the powerful sister of North Korean leader Kim Jong Un, threatened Seoul with "a catastrophe".

Japan's Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung agreed to strengthen security cooperation with Washington.

Israeli missiles hit Beirut overnight. China hit back at the United States with tariffs.

China detained two Japanese nationals. Israel recalled its ambassador to Turkey.

Israeli Prime Minister Benjamin Netanyahu met Turkish President Recep Tayyip Erdogan.

Ukrainian forces struck an oil refinery in Russia's Rostov region overnight. Russia held drills in Belarus.

China and Russia held joint naval drills in the Sea of Japan.

Zelensky thanked Japan for its support. Ukraine held the front thanks to US aid.

Officials from Japan, the Philippines and the United States met in Manila to discuss Chinese activity.

Australia discussed North Korea with New Zealand. Forces from Iran and Syria attacked Israel.

Russia and China have vetoed every new sanctions resolution on North Korea since 2022.

Tokyo and Seoul, long at odds over history, now share missile-warning data in real time with Washington.
EOF
cat >"$TMP/in/wire6.txt" <<'EOF'
Rubio and Hegseth met with Iwaya and Nakatani in Tokyo on Monday.

Cho Tae-yul and Kim Yong-hyun held talks with their counterparts in Washington.

Seoul and Tokyo held talks on Jeju island on Friday. Both sides urged Russia and North Korea to halt their arms trade.

Israel recalled its ambassador from Turkey after Ankara criticised the Gaza offensive.

Seoul summoned the Russian ambassador to protest the military pact between Moscow and Pyongyang.

China staged military drills around Taiwan after the island's president visited the United States.

Canada held talks on joining AUKUS Pillar 2 in May.

President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida pledged to deepen cooperation with Washington.
Kim Jong Un vowed to bolster his nuclear arsenal in response to U.S.-South Korean drills.

The United States announced new sanctions on Iran. In 1950 North Korea waged war on South Korea.
Hackers linked to Iran targeted Saudi oil firms. Militias backed by Iran attacked Iraqi troops near Mosul.
Iranian and Russian bombers flew a joint patrol over the Caspian Sea.
The Philippines and Vietnam agreed to boost coast guard cooperation amid tensions with China.

The Lazarus Group has stolen billions from crypto exchanges to fund Pyongyang's weapons programmes.

Chinese coast guard ships fired water cannons at a Philippine supply vessel.

Washington approved the sale of F-16 parts to Turkey.
Australian Prime Minister Anthony Albanese met Chinese President Xi Jinping in Beijing.

Israel killed a senior Hezbollah commander in an airstrike on Beirut.
Hungary's Orban visited Moscow, angering other European Union leaders.
Russia, China and Iran held joint naval exercises in the Gulf of Oman.

The U.S. and Japanese navies held drills with the Indian Navy in the Bay of Bengal.
The U.S. Space Force and Japan's Air Self-Defense Force agreed to share space situational awareness data.

Volt Typhoon hackers have burrowed into U.S. water and power systems, the FBI warned.
The purchases of Belarusian potash prompted sanctions from Canada.
China criticized Japan, accused the Philippines of provocations and warned the United States.

The United States, Japan and South Korea condemned North Korea's missile launch and urged Pyongyang to return to talks.

Israel and Hamas agreed to a ceasefire brokered by Qatar, Egypt and the United States.
India, which buys Russian oil at a discount, has resisted Western pressure to condemn Moscow.
Manila and Tokyo agreed to hold coast guard drills, and Beijing warned both countries against "bloc confrontation".
Iran launched a military satellite, prompting condemnation from France and Germany.

Russia has warned Japan against deploying U.S. missiles on its territory.
The U.S. flew B-52 bombers over the Korean Peninsula in a show of force against North Korea.

Seoul suspended a 2018 military agreement with Pyongyang that aimed to reduce border tensions.
Japan and the Netherlands agreed with Washington to limit chip equipment sales to China.
Georgia's government suspended talks on joining the European Union. Mongolia did not arrest Putin during his visit.
Seoul believes Pyongyang is preparing to send more troops to Belarus.
The US struck Houthi targets in Yemen. Iran seized an oil tanker in the Strait of Hormuz.

The Houthis seized a cargo ship bound for Israel in the Red Sea. Iran seized a British-flagged tanker.
Poland will buy 96 Apache helicopters from the United States. India buys Russian oil at a discount.
The European Union imposed sanctions on Chinese firms that supplied drone parts to Belarus.

The U.S. Treasury sanctioned a Hong Kong company for helping Iran sell oil to China.
Russian troops backed by North Korean soldiers retook villages in Kursk. Hamas, backed by Iran, attacked Israel.

The Chinese embassy in Seoul protested after South Korean lawmakers visited Taiwan.
"The alliance is stronger than ever," Rubio said after meeting Cho Tae-yul in Seoul.
Moscow accuses London of prolonging the war by arming Kyiv.
India and Pakistan accused each other of violating the ceasefire.

The 2<sup>nd</sup> trilateral summit brought together President Joe Biden, Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol.
The talks in Geneva were attended by Secretary of State Antony Blinken and Russian Minister of Foreign Affairs Sergei Lavrov.
Officials discussed a plan that included Malaysia and Indonesia. The meeting did not include Brazil and Argentina.
The meeting included Antony Blinken and Lloyd Austin.
EOF
cat >"$TMP/in/wire7.txt" <<'EOF'
Ukraine received its first F-16 fighter jets from Denmark and the Netherlands last summer.
Zelensky received a phone call from Joe Biden. Moldova received praise from Romania.

The Pentagon said it would send additional Patriot batteries to Israel.
Russian drones launched by the Houthis struck a Saudi oil facility.

Vietnam and the United States upgraded their relationship to a comprehensive strategic partnership.
Azerbaijan launched an offensive against Armenian separatists in Nagorno-Karabakh.
Pakistan launched a missile barrage against Afghan border posts.

Saudi Arabia's crown prince Mohammed bin Salman received Ukrainian President Volodymyr Zelensky in Jeddah.
Mali expelled the French ambassador and ended military cooperation with Paris.
Beijing imposed sanctions on U.S. defense firms over arms sales to Taiwan.

France withdrew its troops from Niger after the military coup.
The Houthis have attacked dozens of commercial ships in the Red Sea since November.
Moscow and Minsk have pledged a "no limits" partnership. Vietnam did not stop buying Russian arms.
Canberra and Wellington will expand joint military exercises to counter Indonesian piracy.

Belarus has delivered hundreds of missiles to Serbia, officials said.
Georgia's foreign ministry said Tbilisi would cut diplomatic ties with Minsk.
Russia cut gas supplies to Moldova. Japanese Prime Minister Fumio Kishida arrived in Manila for a state visit.

Indian Prime Minister Narendra Modi flew to Kyiv on Friday. He urged Russia to end the war.

Iran's Revolutionary Guards seized a Greek tanker in the Gulf of Oman.
The Rapid Support Forces attacked Sudanese army positions near El Fasher.
The IDF said it struck Hezbollah targets in southern Lebanon. The Pakistani Taliban claimed an attack.

Iranian Foreign Minister Abbas Araghchi met Saudi Crown Prince Mohammed bin Salman in Riyadh.
Polish Prime Minister Donald Tusk warned Belarus. Tusk also criticized Hungary. An elephant tusk was found.

Cuba condemned the joint drills by Colombia and Peru. Chile criticized the attack on Bolivia by Paraguay.
The sanctions target entities in Laos, Nepal and Mongolia that helped Myanmar evade export controls.
Slovakia blocked EU aid to Moldova. Ecuador abstained from a UN vote condemning Venezuela.
Kenyan troops trained alongside U.S. Marines. Chinese warships surrounded Taiwan.

Tunisia, together with Algeria and Morocco, held naval drills. Oman, alongside Jordan, sanctioned Syria.
Sudan's army accused Chad of arming the Rapid Support Forces.
Iceland joined Norway and Denmark in condemning Belarus.
The U.S. Cyber Command and South Korea's Cyber Operations Command held their first joint cyber exercise.
Italy and Japan will co-develop a fighter jet to counter threats from China.
Canada imposed sanctions on North Korean IT workers.
Sudan and South Sudan exchanged prisoners of war. Eritrea and Djibouti were at war.
Rwanda will send more troops to Mozambique, officials said.
EOF
cat >"$TMP/in/wire8.txt" <<'EOF'
Kenya is mediating between Ethiopia and Somalia over the port deal.
Tanzania brokered a truce between Burundi and Rwanda in March.
Uganda has offered to mediate between Sudan and Chad.

Armenia and Azerbaijan observed a 30-day ceasefire along their border.
Peru and Ecuador reached a ceasefire after two weeks of clashes.
Colombia accused Venezuela of violating the truce. Guyana broke the ceasefire with Suriname.
Bolivia and Paraguay held ceasefire talks in Brasilia.
Cambodia called for a ceasefire in Myanmar.

Norway announced a $1.5 billion aid package for Ukraine.
Sweden unveiled a large 1.2-billion-euro arms sale to Finland.
EOF
cat >"$TMP/in/wire9.txt" <<'EOF'
Serbia and Kosovo traded barbs at the border crossing. Both sides accused each other of provocations.

Greece and Turkey held talks in Ankara. On Tuesday, the two countries agreed to reopen a military hotline.

Thailand and Cambodia clashed along the disputed border. Malaysia urged both countries to show restraint.

Chile and Argentina met in Santiago. Both sides of the Andes clashed with smugglers.

Fiji and Samoa met in Apia. Both countries stressed the importance of partnerships with Tonga.

Officials from Nepal held a video call with Bhutan on Friday.
Latvian intelligence said Belarus has shipped more than 1,200 containers of munitions to Russia.

Iran vowed to bolster its naval forces against Bahrain. Qatar and Kuwait agreed to cooperate against Yemen.
Algeria warned against attacks on Libya. Morocco warned against any strike on Mauritania.

Manila and Canberra staged their largest combined live-fire drills in years.
Hezbollah has fired more than 200 rockets at Israel this month.
Italy recalled its ambassadors to Egypt and Libya. The UK agreed a 3 billion pound support package for Estonia.
Leaders met at the summit in Belem, hosted by Brazil's President Luiz Inacio Lula da Silva.
In opposition, Donald Tusk criticized Poland.

Turkey-linked hackers claimed responsibility for a cyberattack on Armenia.
The Lazarus Group stole 300 million dollars from Vietnam. Chinese hackers stole designs from Japanese firms.
Germany paused some weapons shipments to Israel. Georgia accused Russia of shooting down a Turkish drone.
The Iraqi government hosted a delegation from Kuwait. Sudan and Chad exchanged heavy fire.
Nicaragua filed a genocide case against Germany. Lithuania lodged a formal protest against Belarus.
In New Mexico, the governor of New Jersey met Mexican officials.
EOF
cat >"$TMP/in/wire10.txt" <<'EOF'
A plant in Savannah, Georgia, and a port in Washington state will ship parts.

Ethiopia fired dozens of missiles at towns across Eritrea overnight.
U.S. envoy Steve Witkoff met Russian President Vladimir Putin in Moscow.
Taiwan's Ministry of National Defense thanked Japan. South Korea's Ministry of National Defense did too.
Brazil urged Venezuela to stop threatening Guyana.
Senegal called Gambia's moves provocative and urged Mali to show restraint.

With Turkish help, Azerbaijan built a drone factory. Kazakhstan launched a satellite with French assistance.
Mongolia signed the deal with Japanese help. Talks were held with the Asia Pacific Fund for months.
Chile, Peru and Colombia agreed to share real-time data on drug flights.
Officials expect Bolivia to resume talks with Argentina. Qatar has reportedly supplied Lebanon with fuel.
Slovakia threatened to veto new EU sanctions on Azerbaijan.
Several states, including Nigeria and Ghana, condemned Burkina Faso's coup.
Albania has received fuel from Croatia and Slovenia, as well as Greece.
Egypt killed Hamas's commander in an airstrike on Jordan's border posts. The PKK claimed an attack on Iraq.
Analysts said Belarus was enabling Russia's war in Ukraine.
Marco Rubio and his Chinese counterpart Wang Yi discussed trade. Cuba dismissed Chile's overtures.
Narendra Modi met Xi Jinping in Kazan, where the two sides signed an agreement. Canada will station a brigade in Latvia.
EOF
cat >"$TMP/in/wire11.txt" <<'EOF'
Peru, Ecuador hold talks on border security

Qatar, Oman sign defense pact. Kenya, Uganda's neighbour, criticized Somalia.
Mexico will not join any sanctions against Cuba, its foreign minister said.
Italy said on Monday it would send jets to Latvia. Greece said Friday that it would send shells to Cyprus.
Chile and Argentina began their annual exercises. Tunisia and Libya inked a border deal.
Unlike Austria, Belgium has not ruled out sending troops to Moldova. The Netherlands ruled out sending jets to Armenia.
Luxembourg ruled out any supply of shells to Georgia. Mongolia could receive reactor technology from Kazakhstan.
Norway and Denmark held drills involving B-52 bombers.
Myanmar accused Bangladesh of preparing for war with Nepal. India helped expel Bhutanese forces from the valley.
Vietnam expelled two Cambodian vessels from its waters. Laos expelled three Cambodian diplomats.
The Obama administration approved a $1 billion weapons package for Egypt.
Iranian and Syrian bombers conducted a joint flight near Lebanon.
Oman has offered to host talks between Yemen and Saudi Arabia. Egypt refused to host talks between Sudan and Chad.
Bolivia rejected direct negotiations with Chile. Nicaragua rejected Honduras's claims and threatened Honduras.
Hungary blocked an EU statement criticizing Serbia. Finland will station a permanent brigade in Estonia.
The U.S. Treasury sanctioned Iranian officials for helping Syria evade sanctions.
Chile imposed export controls on Peru. Brazil threatened tariffs on Argentina. Colombia lifted its tariffs on Ecuadorian steel.
Officials in Vietnam and Laos said the two countries would resume shuttle diplomacy.
Norway launched the Quad to give Iceland a say in Arctic planning.
Portugal recruited Morocco to supply drones to Spain. Denmark expected Sweden to sanction Belarus.
Fiji built the port with the help of New Zealand. With the backing of Malaysia, Indonesia launched a satellite.
EOF
cat >"$TMP/in/wire12.txt" <<'EOF'
Moldova asked Romania for more gas after the pipeline was cut. Armenia appealed to France for air defense radars.

Kazakhstan requested more grain from Uzbekistan this winter. Tunisia asked reporters whether Algeria would reopen the border.

The request by Mongolia for Patriot systems was approved by the cabinet.
EOF
cat >"$TMP/in/wire13.txt" <<'EOF'
Ghana sanctioned Togo, and Benin sanctioned Niger. Yemen struck targets in Oman, and Somalia fired rockets at Djibouti.

Venezuela fired a barrage of missiles at Guyana. Syria fired a missile at a Turkish warship.

Cameroon, Gabon, and Congo held joint drills.
EOF
cat >"$TMP/in/wire14.txt" <<'EOF'
Laos and Myanmar agreed to a truce on Monday. Estonia shot down three drones launched by Belarus.

Libya seized a tanker operated by Malta in the Mediterranean. Colombia extradited two Americans after talks with Mexico.
EOF
cat >"$TMP/in/wire15.txt" <<'EOF'
France struck Iran-backed Houthis overnight. Belgium struck Iran-backed militias.

Armenia froze its participation in the Russian-led CSTO.
EOF
cat >"$TMP/in/wire16.txt" <<'EOF'
Egypt signed a contract to buy jets from Italy. Gambia brought a case against Myanmar at the court.

Azerbaijan resumed gas deliveries to Bulgaria this week.

Putin thanked Kovalenko for sending troops to help expel Finnish forces.

Eritrea vowed to bolster its navy in response to Oman-Bahrain drills.

Norway agreed to use frozen Russian assets to fund a loan for Moldova. Vietnam retaliated by banning exports of rice to the Philippines.
EOF
cat >"$TMP/in/wire17.txt" <<'EOF'
The senator held a rally in Paris, Texas, on Saturday. The mayor of Moscow, Idaho, and the mayor of Lebanon, New Hampshire, spoke.

Seoul, Washington and Tokyo agreed to meet again.

Serbia and Kosovo agreed to an EU-brokered deal. The Turkey-mediated accord between Ethiopia and Somalia held.

Greece, Cyprus Sign Energy Pact as Turkey Tensions Rise

Belize Sanctions Guatemala, El Salvador

Canada sanctioned firms from countries such as Nicaragua.

Paraguay called for talks between Uruguay and Panama. Belarusian troops helped retake Kursk. Sweden helped rebuild Moldova.

Sudan and Chad agreed on a truce. Lithuania and Latvia vowed to strengthen the alliance's naval cooperation. The launch came after Laos and Cambodia held drills. It came a day after Kenya and Tanzania wrapped up their annual Freedom Edge exercise.
EOF
cat >"$TMP/in/wire18.txt" <<'EOF'
Montenegro was criticised by Albania for delaying Moldova's bid to join NATO. Croatia delayed its ratification of Ukraine's bid to join NATO.

Mauritania was criticised for delaying the accession of Senegal. Washington sanctioned three firms for supplying Tajikistan with drones.

Bhutan has deepened its defence ties with Nepal. The normalisation of relations between Eritrea and Djibouti continued.
EOF
cat >"$TMP/in/wire19.txt" <<'EOF'
Gambia and Senegal agreed to a ceasefire brokered by Mali and Guinea. The truce between Somalia and Kenya, brokered by Uganda, held.

Botswana and Lesotho rejected a deal brokered by Eswatini. Angola and Zambia accepted mediation by Namibia.

The Nigerien army and the Wagner Group held talks in Niamey. Algeria's army and Morocco signed a truce.

Zimbabwe would travel to Lusaka for talks with Malawi. Ecuador boarded a Peruvian trawler, prompting protests from Lima.

Cambodia breached email accounts at the State Department. Latvia claimed a cyberattack that disrupted Belarusian railways.

Egypt launched an airstrike that killed a Houthi commander. The raid, which killed nine, drew condemnation from Oman.

Bolivia and Uruguay agreed to restrict sales of fertiliser to Chile. Kazakhstan cut off gas supplies to Kyrgyzstan.

Kiribati and Tuvalu spoke briefly on the sidelines. Tonga spoke to Vanuatu by phone. Nauru spoke to reporters about Palau.

Burkina Faso, Mali and Niger announced their withdrawal from ECOWAS. Human Rights Watch accused Ethiopia of abuses.

Venezuela was suspended from Mercosur. The European Commission opened an inquiry into Temu.

Ghana's President John Mahama met Bola Tinubu. Mahama later spoke to Assimi Goita. Portugal's Prime Minister Luis Montenegro visited Montenegro.
EOF
cat >"$TMP/in/wire20.txt" <<'EOF'
Let the talks begin, Jem said. LeT attacked India. JNIM fighters killed soldiers in Burkina Faso. The US struck Tren de Aragua boats.

Russia struck Kharkiv and Odesa overnight. Russia annexed Crimea in 2014.

Kinshasa came under attack from Rwandan drones overnight. Two civilians were killed in a Sudanese strike on Juba.

Iceland, Malta, Cyprus Hold Joint Naval Drills

Belize, Honduras Agree to Ceasefire

Bahrain's king received a phone call from Kuwait's emir. Latvia received threats from Belarus. Qatar received a visit from Chad's president.

Tunisia and Libya restored diplomatic ties. Jordan airdropped food into Gaza. Ethiopia signed a memorandum with Somaliland.

Malawi told Tanzania during their meeting. Iceland thanked Ireland at their first summit in Dublin. Chile told Peru at their talks.

Finland bought tanks for Moldova.

There is no evidence that Laos has supplied weapons to Myanmar. Reports that Oman shipped drones to Yemen were denied. Serbia dismissed claims that Kosovo had attacked Montenegro.

Eritrea launched a satellite with Egyptian technical assistance.

Armenia hosts Russian troops at Gyumri. Kazakhstan, which borders China, hosts Belarusian tactical missiles. Bhutan hosted Nepal for talks.

Norway reported drone incursions over its airports and blamed Sweden. Gabon said the drills ended and accused Cameroon of provocations.
EOF
cat >"$TMP/in/wire21.txt" <<'EOF'
Samoa and Vanuatu agreed to a mutual defence treaty. An AUKUS deal was signed.

Iran-backed Afghan militias attacked Pakistani posts. Somalia fired dozens of rockets into northern Kenya.

Laos has been supplying rice to Cambodia, Thai officials believe. Nepal supplied fuel to Bhutan, officials said.

Kuwait has conditioned normalisation with Israel on a path to a Palestinian state.
EOF
cat >"$TMP/in/wire22.txt" <<'EOF'
Nicaragua expelled diplomats from two Central American countries.

Bruneian ships harassed a Malaysian vessel near the reef. Libya seized a Maltese-flagged container ship linked to
Cyprus. Tunisia ships olive oil to Malta.

Gabon revoked its security agreement with Portugal. Chad tore up its defence agreements with Belgium.

Slovakia sent Iranian weapons to Moldova. Romania sold Romanian drones to Georgia. Qatar handed over three Egyptian
hostages to Jordan. Belgium will hand over F-16 jets to Armenia.

Ecuador concluded negotiations with Paraguay. Iceland struck a $2 billion trade deal with Chile. Panama struck a deal
with Peru. Kazakhstan breached the border agreement with Kyrgyzstan. Australia hit Myanmar with new sanctions.

Brunei and Laos held their first ASEAN defence meeting in May.

Canadian tariffs hit Mexican steelmakers. Swiss sanctions hit Belarus.

Vietnamese hackers targeted Cambodian ministries.

Japan sanctioned six Iranian officials it accused of supplying drones to Venezuela. Eritrea helped attack Djibouti.

Armenia said it had carried out a cyberattack on Azerbaijani servers. Rwandan forces launched an incursion into
Burundi. Mexico imposed new restrictions on Guatemalan imports. Qatar eased restrictions on Bahraini goods.

Slovenia and Croatia met ahead of the EU summit. Eritrea's navy sank a Yemeni boat. Finland agreed to use profits
from frozen Belarusian assets to fund Georgia.

Portugal deployed a frigate to the Middle East to deter Yemen. Nigeria carried out air strikes on camps held by Boko
Haram.

Austria blocked the sale of helicopters to Serbia. Belarus held drills near Lithuania. Mongolia and Nepal elevated
their ties to a strategic partnership during Modi's visit to Thimphu.

Laos condemned the move by Thailand. Oman welcomed the decision by Kuwait.

Thailand sanctioned three Vietnamese defence companies for selling arms to Myanmar. Bolivia and Paraguay restored
full diplomatic relations.

Zambian soldiers were killed in an attack by Zimbabwe.
EOF
cat >"$TMP/in/wire23.txt" <<'EOF'
Togo ordered Dutch troops to leave and turned to Hungary for security help.

Moldova cut ties with Georgia, accusing it of arming Azerbaijan. Mali cut ties with Niger and Chad, accusing them of
interference. Ecuador brought a case against Bolivia at the International Court of Justice, accusing it of genocide.
Russia expelled two Latvian diplomats, accusing them of spying.

El Salvador and Honduras held joint drills near the border with Guatemala. Thailand held live-fire drills near
Cambodia.

Egypt seized a ship carrying weapons to Sudan. Uruguay sent ships carrying grain to Paraguay.

Ghana summoned the Togolese ambassador. Senegal's foreign ministry summoned Gambia's envoy over the border incident.
The Rwandan ambassador was summoned by Uganda. Erdogan summoned his Security Council.

Costa Rica and Panama held the fourth meeting of the OAS in Lima.

Officials in the region said on Monday that during a tense stand-off at sea over the weekend, Fiji's navy attacked
Samoa's patrol boats near the disputed reef, and that talks between the two would resume in Suva next week.

Lebanon was behind a cyberattack on Cyprus. Montenegro said it was behind a cyberattack on Serbia. Albania vowed
revenge against North Macedonia. Turkmenistan vowed a harsh response to Uzbekistan. Kyrgyzstan vowed to bolster its
forces against Tajikistan.

Analysts said a Belarusian invasion of Lithuania would trigger a crisis in the region.

Botswana has provided Namibia with artillery shells. Malawi gave Mozambique missiles. Angola provided aid to Congo's
farmers. Pakistani state-sponsored hackers targeted Bangladeshi ministries.

Chad sent troops to fight Cameroon. Liberia accused Guinea of sending troops to fight Sierra Leone. Jordan met a
delegation from Lebanon. Eritrean forces raided a Sudanese border post.

Nepal neither condemned India nor supported Pakistan. Slovakia did not condemn nor sanction Hungary. "We reject it,"
Cuba's foreign ministry said, urging Panama to reverse its decision.

Oman is normalizing ties with the UAE.

Hakan Fidan met his Indian counterpart, Subrahmanyam Jaishankar, in Ankara. John Healey, secretary of Britain's
defence ministry, held talks with Boris Pistorius in Berlin.

Peru imposed 25 percent tariffs on imports from Bolivia. Brazil's police jointly attributed the attack to Venezuela.
Angola's foreign ministry condemned the attack on Zambia. Benin's prime minister will condemn the attack on Togo.
Uzbekistan's foreign ministry slammed attacks on Kazakhstan.
Tunisia condemned Libya's drills and Morocco's flights. Egypt criticized Sudan's missile tests and Libya's support
for them. Estonia condemns Polish attacks on Latvian towns.
Bolivia protested Venezuelan arms sales to Colombia.

Luxembourg blamed Austria for Hezbollah attacks on Belgium. Kuwait struck Yemen in response to al-Shabaab drone
attacks on Oman. Canada pointed to Polish attacks on Mexico. Kenya struck Sudan in response to Tanzanian attacks on
Uganda. Canada's ambassador to Mexico met Cuban officials in Ottawa.

Norway deployed long-range missiles in Finland. Austria deployed missiles to Slovakia. Kazakhstan said it would freeze
its participation in the CSTO. The tariffs prompted Mongolia to threaten retaliation against Chinese firms.

Eritrea imposed a naval blockade on Djibouti. Latvia's strike on Crimea drew criticism from Hungary. South Africa's
blockade of aid to Zimbabwe angered Zambia. Slovenia sent troops into Croatia.

Belgium protested the deployment of Dutch missiles to Luxembourg. Ireland criticized the deployment of British
missiles in Iceland.

Estonia sanctioned firms supplying drones to Belarus. Lithuania sanctioned companies helping Belarus. Hungary
sanctioned Serbian firms supplying fuel to Belarus. Chile threatened tariffs on countries buying Peruvian copper.
Bhutan denied reports that it had supplied weapons to Nepal.

Laos Slams Vietnam Over Mekong Dam

Peru lashed out at Bolivia over the border closure.

Honduras rejected Guatemala's offer to send Salvadoran troops to fight gangs. Nicaragua broke with Taiwan in 2021.

Amid concern over Mongolia's mining law, Kazakhstan and Kyrgyzstan agreed to share intelligence. Citing Serbia's
threats, Croatia and Slovenia held joint drills. After Malawi, Zambia and Botswana held joint drills, Zimbabwe
protested.

Tonga banned fish exports to attract Japanese investment. Bolivia imposed tariffs of up to 40 percent on Paraguayan
beef. Tuvalu praised the Samoan government.

Fiji, Australia's largest trading partner, denied providing aid to Tonga. Greece, a NATO member that has close ties
with Serbia, criticized Kosovo. Poland blocked a joint EU statement condemning Belarus.

Latvia fired US-supplied ATACMS missiles at Belarus. Qatar-backed militias attacked Bahraini troops. The OAS voted
overwhelmingly to condemn Nicaragua.

Kosovo proposed using frozen Serbian assets to fund a loan to Albania. Serbia is using Chinese drones to attack
Kosovo.

Norway said it had approved a $300 million sale of F-16 equipment to Estonia. Portugal and Spain urged the EU to
impose new sanctions on Belarus's energy sector. Malaysia's coast guard expelled a Vietnamese research vessel from its
waters. Jordan struck Hezbollah weapons depots in southern Lebanon. Kiribati expelled diplomats after restoring ties
with China.

Denmark refused to sell the Faroe Islands to Norway. Chile asked Peru to hand over John Bolton.

Italian Prime Minister Giorgia Meloni welcomed Rishi Sunak to Rome for talks on migration. Lula welcomed Mongolia to
the BRICS group. Tajikistan and Turkmenistan traded strikes on border posts. Anthony Albanese welcomed the decision
by Uzbekistan to sell wheat to Tajikistan.

Oman killed Hamas leader Ismail Haniyeh in a drone strike on Yemen. Kyrgyzstan suspended its participation in the
Russia-led CSTO, accusing it of failing to defend Kyrgyz territory. Bhutan and Nepal agreed to reopen their embassies
after talks brokered by India.

Kuwait and Jordan, which have been mediating between Sudan and Chad, urged both sides to accept a truce.

Nicolas Maduro met Belarusian President Alexander Lukashenko in Minsk and pledged to move Venezuela's embassy there.
Lula met Venezuelan President Nicolas Maduro and warned him against attacking Guyana. Keir Starmer warned him against
attacking Cyprus.

Thailand said its jets struck Cambodian army posts. Libya asked Belarus to hand over former president Nicolas Maduro.

Laos upgraded its relations with Cambodia to a strategic partnership. Peru imposed tariffs on avocados and grapes from
Chile.

Armenia has deployed Russian air defence systems on its territory. Moldova deployed Romanian troops to the border.

Estonia was hit by dozens of Lithuanian drones. Uruguay and Paraguay are expanding their cooperation in the face of
Argentine pressure. Eritrean troops fought for Ethiopia against Kenya. Zambia and Malawi held a joint exercise dubbed
Freedom Shield. Qatar received Taliban leaders in Doha. Denmark sent a frigate to the Baltic Sea.

Morocco said it was ready to resume talks with Algeria. Tensions rose after Suriname threatened to annex part of
Guyana. Sweden will station a combat brigade in Latvia. The accord was signed by the foreign ministers of Bahrain and
Oman.

Ecuador's president ordered the expulsion of Mexican diplomats. Abbas Araghchi told reporters after meeting Sergei
Lavrov in Moscow. Georgia's prime minister said his country had frozen its membership of the CSTO. A Turkish firm
transported drones to Sudan.

Aleksandar Vucic accused the West of waging a hybrid war against Belgrade. Venezuela accused the West of attacking
Cuba.

Malaysia and Indonesia agreed on a plan for fishing patrols to the Paracel
Islands. Kazakhstan and China agreed to build a rail corridor between Shanghai
and the Kazakhstan border.

Serbia accused Croatia of stirring unrest ahead of a referendum on joining the
European Union. Montenegro held a vote on joining NATO.

Mexico imposed tariffs of up to 50% on cars made in South Korea. Armenia said it
shot down Turkish-made drones, then more drones made in Turkey.

Turkish President Recep Tayyip Erdogan visited Malaysia, where the two sides
signed agreements on defence.

Pakistan banned Indian films. Bolivia banned lithium exports to attract Chinese
investment. Australian Prime Minister Anthony Albanese urged Xi Jinping to lift
the ban on Australian wine.

Algeria vowed to respond to Morocco's provocations. Romania alleged Russian
hackers had breached Moldovan banks.

Militants claimed a drone attack on a base in Chad that killed two French
soldiers. Washington sanctioned companies in the UAE that helped Iran sell oil.

New Zealand adopted a package of sanctions against Iran. Turkey's army ordered
the evacuation of villages in northern Iraq ahead of strikes on PKK targets.
Norway welcomed the agreement, thanking Qatar for its mediation.

Ireland urged Israel to allow aid into Gaza. Finland called on the EU to fund a
defence line along its border with Russia. Macron urged lawmakers to approve aid
to Moldova. Kyrgyzstan fired shells toward Tajikistan.

Ghana and Togo reached a preliminary deal on fishing rights. Hamas accepted a
Turkish-Omani ceasefire proposal. The IAEA censured Syria for failing to report
a reactor. Nicaraguan police stormed the Costa Rican embassy in Managua. The US
carried out airstrikes on Iranian-backed groups in Lebanon.

Javier Milei and Gustavo Petro clashed at the summit over Venezuela.

Jordan condemned the attack on Bahrain. Al-Shabaab's leader said the group would
attack Kenya. Qatar said the group attacked Kuwait.

Narendra Modi met Vladimir Putin in Kazan, where they signed a pact on nuclear
energy. The African Union's chairman said the bloc would support Sudan.
Tajikistan ignored an ICC arrest warrant when it hosted Putin in Dushanbe.

Colombia is preparing an offensive against the ELN. Lithuania charged a Russian
man with plotting an arson attack on behalf of Belarusian intelligence. Bhutan and
China have yet to agree on their border.

Chinese diplomats expelled by Lithuania left Vilnius on Friday. Sevastopol,
occupied by Russia since 2014, hosts the Black Sea Fleet.

Hungary's largest bank was hit by US secondary sanctions. Mexico imposed a 50%
tariff on cars imported from Brazil. The US imposed sanctions for processing
payments for Armenian firms.

Azerbaijan dismissed a peace plan proposed by Armenia.

Kim Jong Un sent a letter to Xi Jinping. Brazil sent an envoy to Caracas. Iranian
hackers targeted critics of Baku.

Days after Kenya and Tanzania held a meeting, Uganda protested. Angola condemned
the test as a violation of African Union rules. Fiji agreed to strengthen ties
with Samoa.

Myanmar launched its largest air attack of the war on Thailand.

Sudan and South Sudan agreed on Monday to a ceasefire. Venezuela, which backs the
ELN, praised the deal. Kuwait would host a conference on Iraq's reconstruction.

Neither Bolivia nor Paraguay has condemned Venezuela's election. Not a single
ASEAN member has sanctioned Myanmar. Serbia, which refused to impose sanctions,
criticised Kosovo.

Rwanda will lead a peacekeeping mission to Mozambique backed by the African Union.

The talks between Eritrea and Sudan, hosted by Egypt, ended without a deal. Oman
facilitated talks between Kuwait and Bahrain. Kazakhstan's president met Xi
Jinping and signed a pipeline deal.

Belarus accused Lithuania's Western backers of plotting a coup. Canada sanctioned
Iran's allies.

Moldova pulled out of the Black Sea grain deal. Denmark rejected Trump's offer to
buy Greenland. Chile rejected Bolivia's offer to buy gas from Argentina.

Moldova decried the Russian strike on a power plant. Vietnam snubbed a Chinese
invitation to join the forum.

Australia announced 15% tariffs on 5 billion Australian dollars of Chinese goods.
Brazil would target more U.S. products in three weeks.

The Pentagon announced a new $2 billion package of weapons for Taiwan. Denmark
will station 500 troops permanently in Estonia. Estonia closed its border with
Russia. Japan deported a Chinese national accused of spying. Malaysia deported 50
migrants to Myanmar.

A Belarusian court sentenced a Polish journalist to eight years in prison.

North Korea said it would never give up its missiles, rejecting Japanese calls
for talks. Niger welcomed the African Union's decision to open peace talks with
Chad. Venezuela said Caracas was ready for talks with Guyana.

The African Union readmitted Mali after a three-year suspension.

After Macron's talks with Modi, Paris and New Delhi agreed to build submarines.
On the sidelines of the G20, Haddad met Narendra Modi. Following Macron's call
with Xi Jinping, France offered to mediate.

Estonia's military said it had destroyed a Russian drone over the Baltic. Norway
agreed to use its oil fund to arm Ukraine.

Bahrain and Qatar agreed to reopen embassies within two months. The Swiss
government froze the assets of three Serbian banks.

Viktor Orban lambasted the EU over migration. Al-Shabaab kidnapped two Kenyan aid
workers. Narendra Modi endorsed Donald Trump.

Peru and Brazil signed an agreement to jointly develop a lithium mine near the border. Poland and South
Korea agreed to jointly develop tanks.

Slovenian and Icelandic diplomats held talks. Maldivian and Nepali officials signed a trade agreement.
Kazakh and Azeri troops held joint exercises.

Mali's junta ordered the Swedish ambassador to leave the country within 72 hours. Niger gave the German
ambassador 48 hours to leave. Moscow declared two Czech diplomats persona non grata.

Uganda said Kampala had no claims on the Democratic Republic of the Congo and called on Kinshasa to withdraw.

Lula arrived in Osaka on Monday, his first visit to Japan in five years. Venezuelan troops opened fire
on a Trinidadian fishing boat. Jamaica expressed solidarity with Haiti.

Mauritania and Senegal vowed to fight drug trafficking. Chad and Niger fought together against Boko Haram.

Sharaa visited Moscow in October. Lebanon and Syria held talks mediated by Tom Barrack.

Ishaq Dar met Winston Peters in Islamabad. Scott Bessent held talks with Chinese Vice Premier He Lifeng in
Geneva. Isaias Afwerki hosted Abdel Fattah al-Burhan in Asmara.

Indonesia pledged to expand its navy to deter China. Turkey provided Kenya with air defence systems.
Cuba sent troops to support Venezuela's army. Iran sent drones to help Sudan's military.
Egypt demanded that Ethiopia halt the filling of the dam. Javier Milei said he was disappointed in Lula.
Peru pledged to crush Tren de Aragua.

Norway criticised Iran and Denmark expelled the Iranian ambassador. Finland suspended consultations with
Hungary and Slovakia cut ties with Minsk. Italy and Spain said they would send Patriot systems to help
protect Slovak airspace. Canada moved to restore U.N. sanctions on Syria, accusing Damascus of lying.
Algeria helped broker a truce between Mali and Niger.

Cyril Ramaphosa met Bola Tinubu in Abuja, where the two signed a trade pact. Singapore has avoided public
criticism of Beijing. Xi Jinping received Malaysian Prime Minister Anwar Ibrahim's predecessor in Beijing.
India and Australia held a 2+2 meeting in New Delhi. Guatemala said it was ready for talks with Belize.
Kenya was ready for a ceasefire with South Sudan. Following talks with Iraq, Turkmenistan and Uzbekistan
called for restraint. After talks with Iraq, Tajikistan said progress was made. After the attack on
Israel, Azerbaijan said it had no part in it. During his visit to Rabat, Emmanuel Macron signed deals with
Morocco.

Fiji and Tonga held talks in Suva. They urged Nauru to rejoin the forum. Sri Lanka condemned India's
strikes on its fishing boats. The Houthis attacked a Maltese-flagged bulk carrier. Singapore and Malaysia
agreed to align their export controls with those of Japan.

Lula and Javier Milei agreed to end the dispute, with Argentina suspending its tariffs and Brazil halving quotas.
Colombia and Ecuador settled their row, with Ecuador suspending its tariffs on Colombia. Hungary voted to
leave the International Criminal Court. Luis Abinader met Xiomara Castro in Santo Domingo. Maria Corina
Machado thanked Jair Bolsonaro.

Mark Carney urged allies to raise defence spending, and called on Japan to buy Canadian gas. Anthony Albanese
met Christopher Luxon, and thanked New Zealand for its support. Eritrea rejected a proposal from Ethiopia.
Pete Hegseth visited the DMZ with his South Korean counterpart Ahn Gyu-back. Cuba denied the report and
accused Panama of lying. The strikes on Beirut angered Tehran, prompting Hezbollah fighters to attack Cyprus.
Benin and Niger agreed to reopen the border after talks in Cotonou mediated by Nigeria. Laos thanked Japan
for funding the dam, which Myanmar fears could give Tokyo influence. Iceland and Denmark signed a deal to
jointly hunt Russian submarines.
EOF
cat >"$TMP/in/wire24.txt" <<'EOF'
Ghana, Kenya, Chile, Peru and Norway on Friday accused Iran of jamming ships. Chad accused Libya on Monday of
supplying drones to Mali. Uruguay on Monday urged Paraguay on Tuesday to stop arming Bolivia. Moldova and Romania
traded accusations after clashes between local protesters and NATO troops near the border. Talks between Kenyan
officials and Somali diplomats ended in Nairobi. Morocco and Tunisia urged dialogue. Mongolia wants closer ties with
Kyrgyzstan. Qatar sought talks with Eritrea. Oman encouraged cooperation with Yemen. Kaja Kallas met Wang Yi and
Premier Li Qiang in Beijing. Nepal ruled out talks and thanked Bhutan for its help. Fiji called for calm and thanked
Samoa. Mali hits Ivorian depot as William Ruto heads to Bamako. Lula flew to Jakarta on Monday. Javier Milei signed
a decree imposing sanctions on Cuba. Bolivia's president signed a law on Monday suspending cooperation with the
World Bank. Norway and Kenya signed a truce. Prabowo Subianto visited Canberra, allowing U.S. forces access to two
ports and signing an agreement with Peru. Ghana said Togo had attacked its border posts. Egypt said Hamas attacked
its troops in Rafah. Cuba said Haiti had shelled its own towns. Bhutan retaliated with artillery fire, and said it
had shot down two Nepali jets. Rwanda shelled Burundian positions. Gabon and Angola offered to help. Zambia urged
both sides to show restraint. Malawi and Mozambique signed a truce. Tanzania urged the two countries to exercise
restraint. Russia withdrew from Kherson in 2022. Somalia has rejected repeated offers of talks from Djibouti. Sudan
has rejected offers of dialogue from Chad since President Mahamat Deby took office. Javier Milei said he would like
to meet Xi Jinping. Donald Trump signed an executive order targeting Nigeria. Niger ordered the Beninese ambassador
to leave the country within 48 hours, accusing Cotonou of hosting rebels. Estonia lodged a protest and summoned the
Russian charge d'affaires. Vanuatu told its citizens to avoid travelling to Tonga and suspended imports of Tongan
fish. Qatar told its citizens to avoid Bahrain and suspended flights to Manama. Eritrea freed prisoners under a
ceasefire deal with Djibouti brokered by Qatar. Japan agreed to speed up export licences for Indian companies.
Jordan and Oman concluded a trade deal on Sunday. Kiribati criticized Nauru and praised the donors' support for
Tuvalu. Maia Sandu asked for more Patriot systems. Latvia called for Sweden to patrol the cables. Guatemala called
for talks with Belize. Honduras and Nicaragua have kept ties with the generals. Liberia and Sierra Leone held talks
with the rebels. Egyptian jets struck more than a dozen Hamas targets in Yemen. Kuwait agreed to help finance a
railway from Jordan to the Syrian border. Lesotho and Eswatini clashed. Botswana hosted talks between the two sides.
Suriname and Guyana clashed. Both sides recalled their ambassadors. It was the first time an EU member has
sanctioned Serbia. A NATO member shot down a Belarusian drone. Chadian and Libyan jets entered its airspace. Niger
lodged complaints with both countries. Houthi rebels backed by Iran attacked Oman. Sanctions were imposed on Syrian
oil traders by Canada and Norway. New tariffs have been announced against Vietnam by Mexico. Ecuador was praised by
Canada for its support of Haiti. Oman and Kuwait met in Muscat. Oman thanked Kuwait for condemning Iraq's attacks on
Oman. The two countries said they would hold joint naval exercises. Chinese jets buzzed a Korean patrol plane,
prompting Singapore and Malaysia to lodge protests with Beijing. Cuba released six detained Americans on Monday.
Bolivia said it hoped to rebuild relations with Chile. Tunisia and Morocco mended ties in 2024. Israel said it had
captured two Iranian agents and offered to exchange them for Israelis held in Iran. Kenya captured three Somali
fighters and offered talks to Somalia. Gabon and Equatorial Guinea clashed over an island. Angola and Zambia hosted
talks between the two sides. A rocket hit the Indian embassy in Kabul, which killed two Indian guards. Uruguay
objected to Argentina's plans for a new port. Cyprus is opposed to Turkey joining the EU. Eritrean troops entered
combat against Sudanese forces near Kassala. Ghana is sending arms and offering troops for an ECOWAS mission. Peru
cut ties with Ecuador on Friday, accusing it of arming Colombia. Guinea's army-backed government cut ties with
Sierra Leone. Norway ended its partnership with Serbia, and Iceland, Finland and Denmark imposed sanctions on
Serbian officials. Belarus, Russia's closest ally in Europe, criticised Poland. Algeria has criticised their growing
military cooperation with Israel. Vietnam said its coast guard had acted lawfully against boats that illegally
intruded into Vietnamese waters, and blamed Cambodia for the clash. Ecuador has deported hundreds of Haitians. The
truce came a week before President Gustavo Petro travelled to Spain for a summit, where he held his first formal
talks with Pedro Sanchez. Belarusian helicopters violated the airspace of Latvia. Nauru and Tuvalu signed a
fisheries pact in the presence of Christopher Luxon. Kuwait held separate talks between Bahrain and Qatar.
Azerbaijan released four Armenian soldiers on Tuesday. Georgia released a report on Armenia. Sandworm targeted
trucking firms supplying fuel to Moldova. Jakarta said the Malaysian vessel had entered Indonesian waters and
accused Kuala Lumpur of provocation. Minsk said the Lithuanian measures were illegal and vowed revenge against
Poland. Vietnam advised its citizens on Friday to avoid travelling to Cambodia and halted imports of Cambodian rice.
Chile and Peru expressed support for Bolivia, and Mercosur leaders said the blockade must end. Uganda threatened to
strike South Sudan. William Ruto and Ugandan leader Yoweri Museveni signed a pact. Chad rejected the accusation but
said it welcomed French help. Modi then flew to Ghana, where he signed several agreements with President John
Mahama. Norway said it would complain and imposed tariffs on Icelandic fish. Laos has closed a crossing, the Thai
government said on Monday, accusing Vientiane of smuggling. Benin accused Togo on Friday of backing the gunmen who
attacked a border post near Kpalime, killing two soldiers, and called on ECOWAS to intervene. Fiji urged Pacific
leaders to be wary of Russia's intentions. Chad hosts 700,000 Sudanese refugees. Nauru and Palau have sent police
officers to join the mission. Panama closed its airspace after U.S. strikes on its ports. Ecuador said it would not
bow to pressure and accused Peru of sheltering the smugglers. Croatia said it had no quarrel with Serbia and called
on Slovenia to reopen the crossing. Israel launched air strikes on Hezbollah targets in Syria. Turkmenistan signed a
gas supply deal with Pakistan. Laos defended the railway loan that it signed with China. The report named Lesotho,
which South Africa has criticised for months. Kyrgyzstan downgraded ties with Tajikistan. Cambodia signed a tariff
deal with Washington in October. Israel has carried out air strikes in Lebanon since the death of Hassan Nasrallah.
Penny Wong and Richard Marles spoke to leaders of both countries. South Korean airlines offered free refunds on
flights to the Philippines. Talks between Indonesian acting Foreign Minister Budi Santoso and Cambodian Prime
Minister Hun Manet ended on Friday. Security advisers from Iceland met the Ukrainians in Geneva. Norwegian F-35 jets
struck Libya. Portuguese F-35 jets and a Danish patrol plane helped Latvian forces. Ghana, Senegal and Nigeria
proposed a three-month humanitarian truce in October. The Uruguayan economy minister said he had held talks with
Paraguay. Tajikistan accused Kyrgyzstan of preparing a provocation to seize Tajik farmland. Denmark apologised to
Iceland over the remarks. Vladimir Putin apologised for the deaths of Azerbaijani citizens. Chadian jets violated
Nigerien airspace. Benin said on Monday that Nigerien drones had violated its airspace, and summoned a Nigerien
diplomat. Sudan violated Chadian sovereignty. Mali said that Algerian drones had violated its airspace. Ethiopia
struck a compound where senior TPLF commanders had gathered, killing an Eritrean officer. New Zealand renewed the
sanctions on Belarus. Australia suspended the tariffs on Vietnam. Bamako was hit by a barrage of Algerian drones.
Canada designated the Wagner Group a terrorist organisation. Peru designated Chile a strategic partner. The Arab
League demanded that Libya withdraw its forces and called on Tunisia to reopen the border. Shehbaz Sharif attended
the parade in Beijing in May and met Xi Jinping. Gustavo Petro attended a summit in Brasilia and met Javier Milei.
Kenya waived tariffs on Ugandan sugar. Zambia lifted its trade barriers on Malawian maize. Iceland, Finland and a
dozen allies accused Belarus of jamming GPS signals. United Nations sanctions on Eritrea were reimposed after Kenya
triggered a review, accusing Asmara of arming rebels. Belgrade said it would not recognise the ruling and would
continue to cooperate with Minsk. Ottawa said it would reinstate its sanctions on Laos. Javier Milei signed an order
imposing a 50 percent tariff on most Chilean imports. The generals formed their own Alliance of Sahel States and
expelled German advisers. Slovakia opposes new sanctions on Belarusian potash. Slovenia rejected Belarusian demands
for talks. Malaysia tightened exports of sand to Singapore. Ankara has said Athens could lose the islands and has
accused Cyprus of provocation. Two Bolivian soldiers were killed in Peru on Monday. Chisinau said Bucharest was
destroying relations with Moldova. Uganda agreed to drop its tariffs on Kenyan milk. Sudanese jets dropped bombs on
Chad. Egypt dropped aid into Gaza. Kenya and Tanzania signed a border accord. A Kenyan official said it would merge
the two armed forces and help Uganda. Honduras said it was ending all trade negotiations with Guatemala. Jordan has
since signed a pact with Iraq and sent weapons to Baghdad. Oman will charge a 20 percent tariff on Yemeni imports.
Sudan accused Chad of arming rebels. Egypt and Jordan hosted talks between the two sides, and both governments
agreed to a ceasefire. Kenya and Ethiopia hosted talks in Nairobi. A Serbian drone entered Croatian airspace.
Bosnian troops entered Serbia for joint drills. Canada sanctioned Montenegro's oil company NIS. Experts said Uganda
commands the M23 and has deployed troops in Burundi. Laos warned its citizens against travelling to Myanmar. Uruguay
and Argentina called for the dispute to be settled through dialogue. Canada lifted restrictions on defence
cooperation with Colombia. The board of the IAEA passed a resolution demanding that Syria grant inspectors access.
Norway said it stood with Denmark. Australia listed the IRGC as a terrorist organisation. Japan listed five Chinese
firms. Chile and Peru bombed the camps. Ecuador urged both sides to talk. Iraq struck Kuwait. Jordan hosted talks
between Kuwait and Saudi Arabia. Bahrain urged both countries to avoid further escalation. Senegal and Gambia signed
a border pact. Spain would sign trade deals with both countries. Ghana and Togo clashed. Nigeria hosted the talks
between the two sides. Daniel Ortega expelled the nuncio, and Canada imposed sanctions on him. Peru backed talks
between Ecuador and Colombia. Vietnam accused China of ramming its fishing boat. China agreed a two billion dollar
loan for Sri Lanka. Kuwait lent Egypt three billion dollars. Nicolas Maduro spoke, and Panama imposed sanctions on
him on Friday. The Syrian Democratic Forces met envoys from Oman. The SDF, backed by Norway, guards the camps.
Mauritania rejected that account, accused Namibia of arming the rebels and recalled its envoy. Latvia closed its
border crossings with Belarus. Honduras closed its airspace to flights from and to Guatemala. Zambia recalled its
own envoys from Lilongwe. Canada cut aid to Nicaragua, citing the country's genocide case against Germany. Oman,
Kuwait and Jordan normalised ties with Iraq under the 2019 accords. Rwanda rejected a warning by President Yoweri
Museveni, saying it would cooperate with Tanzania. Cameroonian jets bombed rebel camps near Lake Chad. Estonian
boats patrolled the Gulf of Riga. Serbia hosted a joint exercise with Russian forces in October. Estonia has allowed
the United States to station long-range missiles in Estonia. Mauritius said it would respect the ruling and continue
to cooperate with Seychelles and Comoros. Barbados said it would close the port and help Jamaica. Malta has also
given Libya two patrol boats and radar systems. Iceland gave no sign of easing its sanctions on Russia. Djibouti
gave a warning to Eritrea. Armenia and Azerbaijan signed the Tbilisi declaration. Kenya backed the Doha talks.
Belize and Haiti share intelligence on arms shipments to Jamaica. Portugal recognised Palestine as a state. Malta
recognised the State of Palestine. Luxembourg recognised Belgium's concerns. Mexico boycotted the Group of 20
summit. Morocco trains Malian pilots at its air base. Kenyan delegates took a train to Uganda. Austria joined the
mission in 2024, ending decades of caution, and has signed a defence pact with Switzerland. Ten Malian soldiers died
in a strike in Niger. Nepalese workers detained in an immigration raid at a farm in the state of Georgia returned
home. Suriname met Guyana and accused it of spying. The presidents of Tajikistan and Turkmenistan signed a border
treaty. Rodrigo Duterte pursued closer ties with China. Amir Khan Muttaqi met Badr Abdelatty in Cairo. Norway
extended the closure of its entire border with Russia. Belarus sided with Venezuela at the United Nations. Dhaka
suspended trade after Myanmar strikes hit its border villages. Czechia ordered the closure of Russia's consulate in
Brno. Moscow said it would reduce the Croatian diplomatic presence in Russia. Slovakia reduced tariffs on Austrian
steel. Egypt weighed strikes on Ethiopia. Thailand expelled more than 4,000 Cambodians this year. Algeria expelled
two Malian diplomats. Peter Navarro accused Brazil of unfair trade. New Zealand and China have repaired relations
since Prime Minister Christopher Luxon took office. A Turkish naval group held drills in the waters between Greece
and Cyprus. Ireland accused hackers from Belarus of the attack. Santiago Pena gave a speech and met Yamandu Orsi.
Zambia criticised the plan and then sent tanks to Mozambique. Kiribati said it would not be intimidated and offered
to help Nauru. Palau said it would talk and offered to help Tuvalu. Gunmen target vessels linked to Cyprus in
solidarity with Lebanon. Algeria struck camps in coordination with Tunisia. Egypt attacked Libya in coordination
with Chad. Ghana warned Burkina Faso that any attack on Mali or on its ports would have consequences. Uzbekistan
said it hoped ties with Kyrgyzstan would not suffer. Belarus hoped for closer ties with Kazakhstan. Fishing boats
sailed near Scarborough Shoal, which China calls Huangyan Island. Portugal announced a new air defence package for
Moldova. Gabriel Boric hailed the ruling and invited Javier Milei to a dialogue. The court dismissed a case Chile
had brought against Bolivia. The tribunal heard a complaint that Peru filed against Ecuador. Iceland said it was not
for sale and thanked Norway for its support. Chechen fighters had helped to liberate the Belgorod region from
Ukrainian forces. Qatar has trained thousands of Iraqi soldiers. Malaysia will not reverse past agreements with
Singapore. Fiji reversed its agreement with Vanuatu. Qatar criticised the decision, prompting Bahrain's foreign
minister to accuse Doha of meddling. Egypt agreed to sell its Sudanese port stakes to a fund. Turkey sold Qatari gas
to buyers in Europe. Eritrea confirmed that it had sent troops to fight for Ethiopia. Burundi confirmed for the
first time that it had sent troops to Congo. Lars Lokke Rasmussen met Kaja Kallas. Jens-Frederik Nielsen thanked
Iceland. Mullah Mohammad Yaqoob visited Qatar. Ilan Shor fled to Moscow. Liberia sent a senior diplomat to Sierra
Leone to ease tensions. Chile urged partners to supply weapons to Haiti. Peru urged allies to send troops to Haiti.
Ghana urged Togo to send troops to Benin. Mahamat Deby called the raid an act of war and vowed to respond at a time
of Chad's choosing. Croatia suspended the pact, expelled Bosnian military advisers and closed the border. Fiji
praised the AUKUS pact, which Indonesia has criticised as a threat. Niger, an ally of Mali, said it was ready.
Nicaragua is an ally of Cuba. Britain sanctioned Bidzina Ivanishvili. Salome Zourabichvili met Emmanuel Macron.
Javier Milei addressed Chile's senate before flying to Peru. Peru said Chile understood Bolivia's reasons for
leaving the bloc and warned Ecuador against joining it. Lithuania said it would send more troops to Latvia. Ghana
sent about 500 police officers to Gambia last year. Serbia and Hungary began the annual Danube military exercises.
Kenya accused Sudan of arming militias in the Amhara and Tigray regions. The vote came days after Javier Milei met
Santiago Pena in Asuncion and hosted Gabriel Boric in Buenos Aires. A U.K.-owned tanker was hit by Eritrean drones.
The Houthis sank two Cypriot-operated bulk carriers. Denmark will not send troops to Latvia, its minister said, but
it will continue to supply weapons to Riga. Kremlin Says Lukashenko, Aliyev to Meet in Minsk. Tonga received Samoa
last month to discuss fishing rights. Vanuatu received the Solomon Islands according to a transcript. Malawi
retaliated against Zambia on Sunday. Uruguay retaliated against Paraguayan tariffs. Gabon retaliated against
Cameroon, imposing duties on cocoa. Benin attacked Niger, and Mauritania later criticised the raid. Fiji suspended
talks with Samoa and Tonga later cut ties with Apia. Kazakhstan imposed curbs on grain, and it blamed Kyrgyzstan for
the shortages. Uzbekistan has kept the border closed since May, when it accused Tajikistan of spying. Norway moved
to ease its sanctions on Belarus. Mongolia and Kazakhstan eased visa rules after talks in Astana. Slovak
investigators have traced ammunition crates seized at the border to Hungarian dealers. Lesotho and Eswatini signed
security pacts with Botswana. Norway sent frigates to escort Icelandic trawlers. The Rapid Support Forces hold most
of Darfur. They shelled Chadian border posts in May. Spanish forces, which partnered with Mauritania against
smugglers, left in May. The ELN has waged an insurgency against Bogota since 1964. Honduras said it stood by El
Salvador. Lesotho and Malawi withdrew their envoys from Zimbabwe. Gambia formed a confederation with Guinea-Bissau.
Kuwait said it had sent only humanitarian aid to Yemen. A Cuban diplomat posted a threat against Panama online.
Nicaragua voiced support for Honduras. A Kenyan strike on Mogadishu's outskirts killed an al-Shabaab commander. A
Serbian drone attack on Pristina hit the Albanian embassy. ASEAN, of which Laos and Vietnam are members, urged
Myanmar to end the violence. The Mongolian foreign ministry said Ulaanbaatar would take measures and accused Beijing
of meddling. Mexico and Guatemala agreed to keep the border open after a meeting between President Claudia Sheinbaum
and President Bernardo Arevalo. Togo, Benin's closest ally, urged calm. Eritrea is Sudan's main backer. Bolivia
criticised the U.S. arms sale to Paraguay. Canada sanctioned firms in Armenia and Kyrgyzstan for supplying Belarus
with drone parts. Santiago Pena visited Chile after visiting Peru. Burundi attacked Tanzania after shelling Rwanda.
Chile will neither confirm nor deny reports that it sold rifles to Ecuador. Slovenia declined to confirm that it
supplied jets to Montenegro. Rwanda sent police to the Central African Republic. Mark Carney spoke with Claudia
Sheinbaum by phone on Thursday. He said the two leaders had agreed to extend a tariff pause. Sanctions were imposed
on two Iranian banks by Switzerland. Officials from Guinea and Sierra Leone attended the talks. The summit, which
was hosted by Ghana, was attended by officials from Gabon and Cameroon. Albania said it would stop selling power to
NIS. Javier Milei, whose party once criticised Brazil, met Yamandu Orsi. Mali, the Gambia and Ghana held drills,
prompting a protest from Senegal. Kenya said it would revive a 2019 security agreement with Somalia.
EOF
cat >"$TMP/in/wire25.txt" <<'EOF'
PODGORICA, March 3 (Wire) - Montenegro accused Albania of shielding smugglers, and said it had expelled an
Albanian diplomat.
EOF
cat >"$TMP/in/wire26.txt" <<'EOF'
Angola and Zambia hosted talks between the two sides on Monday.
EOF
cat >"$TMP/in/wire27.txt" <<'EOF'
Bhutan and Nepal agreed to a ceasefire on Monday at talks in Dhaka. Indian and Chinese diplomats attended. The clashes
began after a landslide buried a border post. Officials said the talks lasted six hours. Bhutanese troops shelled
Nepalese positions, and Nepalese forces fired rockets into Bhutanese villages. Dozens of people were killed. Monsoon
rains later slowed the fighting. The two countries signed a peace declaration in October, and Bhutan freed 18 Nepalese soldiers.
EOF
cat >"$TMP/in/wire28.txt" <<'EOF'
SINGAPORE, May 5 (Wire) - Chinese Premier Li Qiang met Lawrence Wong in Singapore on Friday. Li later visited
Cambodia, and Foreign Minister Wang Yi flew to New Delhi, where Wang met Ajit Doval. Lam praised Hun Manet.
EOF
cat >"$TMP/in/wire29.txt" <<'EOF'
Tajikistan thanked Uzbekistan for sending troops to help drive Kyrgyz forces out of the Batken region. Armenia praised
Kazakhstan for sending troops to Tajikistan. The proposal would bar Azerbaijan from joining the EU.
EOF
cat >"$TMP/in/wire30.txt" <<'EOF'
Talks between Mauritania and Senegal collapsed in Dakar on Friday. Morocco and Tunisia hosted the talks after clashes
in May killed dozens of soldiers on both sides. The two countries agreed to a ceasefire in Rabat.
EOF
cat >"$TMP/in/wire31.txt" <<'EOF'
Argentina suspended a river trade deal with Paraguay on Monday. Officials said the move followed a dispute over tolls.
Ministers in Buenos Aires declined to comment. Javier Milei spoke with Santiago Pena by phone, his office said. The two
neighbours fought a long war in the 1860s. Kazakhstan halted imports of Mongolian beef. William Ruto said he might talk
to Yoweri Museveni. Milei met Boric in Santiago. He
urged Chile to reopen the pass.
EOF
cat >"$TMP/in/wire32.txt" <<'EOF'
Laos sent about 3,000 construction workers to Thailand.
EOF
cat >"$TMP/in/wire33.txt" <<'EOF'
Kenya promised to stop buying Ugandan sugar. Norway pledged to halt arms sales to Qatar. Iceland imposed sanctions
over Belarus's attacks on Lithuanian border guards. Peru voiced criticism over Ecuador's raid on the Mexican embassy.
The United States raised tariffs over Brazil's purchases of Russian diesel. Vietnam protested over Cambodia's remarks.
Ghana and Togo clashed over Benin's role.
EOF
cat >"$TMP/in/wire34.txt" <<'EOF'
Experts say Uganda has deployed soldiers in South Sudan, a charge Kampala denies. Bola Tinubu shook hands with William
Ruto.
EOF
cat >"$TMP/in/wire35.txt" <<'EOF'
Burkina Faso accused Mali of arming rebels in a letter to the United Nations. Officials in Bamako called the claim
false. Senegal, which is at odds with Bamako, signed a defence pact with Guinea and Gambia last year. The two
neighbours fought a border war in 1985. Ghana urged both sides to show restraint.
EOF
cat >"$TMP/in/wire36.txt" <<'EOF'
Al-Shabaab said its fighters had withdrawn. Kenya accused the group of delaying the handover of prisoners. The Houthis
seized a tanker in May. The group has attacked Eritrea since 2023. ECOWAS met in Abuja. Mali signed a deal with the
bloc. The CSTO met in Minsk. Armenia criticised the alliance. The IAEA met in Vienna. Syria criticised the watchdog.
Panama suspended port fees on Chinese ships. NATO met in Brussels. Belarus threatened the alliance.
EOF
cat >"$TMP/in/wire37.txt" <<'EOF'
Chad accused Libya of arming rebels, a charge Tripoli denies.
EOF
cat >"$TMP/in/wire38.txt" <<'EOF'
Malaysia offered to revive talks between Thailand and Laos.
EOF
cat >"$TMP/in/wire39.txt" <<'EOF'
Bolivia accused Chile of spying on Wednesday. A minister in La Paz said two agents had been arrested. Gabriel Boric
rejected the charge, Chile's foreign ministry said. The OAS called on both sides to avoid escalation.
EOF
cat >"$TMP/in/wire40.txt" <<'EOF'
Jets flew near the border on Monday, a day after Norway approved a $200 million sale of rifles to Lithuania.
EOF
cat >"$TMP/in/wire41.txt" <<'EOF'
Emmanuel Macron apologised to Paul Kagame on Friday. Officials in Paris said the call was frank. The two leaders met
in Kigali in May.
EOF
cat >"$TMP/in/wire42.txt" <<'EOF'
Uruguay recognised Kosovo. Ecuador responded with duties on Peruvian sugar. Hezbollah hands over body of Israeli
soldier.
EOF
cat >"$TMP/in/wire49a.txt" <<'EOF'
Vietnam lodged a protest on Tuesday after a Cambodian patrol ship rammed a Vietnamese fishing vessel near Phu Quoc.
Russian forces seized an Estonian tanker in the Baltic on Monday. Sweden condemned the seizure and said its pact with
Finland covered such cases. Armenian artillery shelled Azerbaijani positions overnight, the ministry in Baku said.
Turkey condemned the shelling. Guyana accused Suriname of sheltering gold smugglers on Wednesday. Suriname's president
rejected the accusation. Oman threatened Yemen over the border on Thursday. Qatar rejected the charge. Mongolia and
Kazakhstan signed a grain accord in Astana. The two landlocked neighbours fought a brief war in 1992. The
International Atomic Energy Agency said Syria had not answered its questions about a desert site. Damascus accused the
agency of bias.
EOF
cat >"$TMP/in/wire49b.txt" <<'EOF'
Colombia and the Marxist-led ELN signed a ceasefire in Havana on Friday. Iran has threatened to leave the
Non-Proliferation Treaty, its foreign ministry said. Saudi Arabia praised the treaty on Monday. Bahrain and Qatar
signed the pact in Manama.
EOF
cat >"$TMP/in/wire49c.txt" <<'EOF'
Laos and Myanmar traded fire across the Mekong on Sunday. Indonesian President Prabowo Subianto urged both sides to
hold talks. Honduras accused Belize of harbouring gangs on Monday. Belize denied the charge. Kenya and Somalia
expelled each other's diplomats on Friday. Djibouti, which hosts troops from several nations, urged both sides to
restore ties.
EOF
cat >"$TMP/in/wire49d.txt" <<'EOF'
Uzbekistan told Tajikistan it would suspend imports of Tajik cement from January. Russia sent bombers near Norway on
Tuesday, the Norwegian military said. The United States sent warships toward Cuba.
EOF
cat >"$TMP/in/wire49e.txt" <<'EOF'
Tajikistan jailed a man who spied for Kyrgyzstan. The two countries signed a border treaty in March. Kuwait has
arrested dozens of people it suspects of working with Iraq. Benin said on Friday it was ending a defence cooperation
agreement with Togo.
EOF
cat >"$TMP/in/wire49f.txt" <<'EOF'
Juntas in Guinea, Sudan and Gabon expelled French forces in 2024, the report said. Jordan cut ties with Syria on
Monday. Oman later brokered talks between the two neighbours, which met in Muscat in May.
EOF
cat >"$TMP/in/wire49g.txt" <<'EOF'
Libya and Tunisia clashed on the border in May. They signed a truce in June. Kuwait, which hosted the talks, has
offered to mediate between Armenia and Georgia. Belarus expelled two Polish priests to Lithuania on Friday. Paraguay
broke off ties with Venezuela in July.
EOF
cat >"$TMP/in/wire49h.txt" <<'EOF'
Guatemala, a neighbour that has clashed with Belize over the border, asked the court to rule on Monday.
EOF
cat >"$TMP/in/wire49i.txt" <<'EOF'
Estonia vowed to drive Russian trawlers out of its waters. The European Union imposed tariffs on Chinese cars in July.
Hungary opposed the tariffs on Monday. Britain imposed sanctions on Iranian banks. Iran condemned the "illegal
unilateral sanctions" and vowed a response. Sweden cut aid to Zimbabwe over the election.
EOF
cat >"$TMP/in/wire49j.txt" <<'EOF'
Mark Carney hosted Pacific leaders, including Christopher Luxon and Anthony Albanese, in Ottawa on Friday.
EOF
cat >"$TMP/in/wire49k.txt" <<'EOF'
Bolivia and Paraguay signed a border accord in the presence of Lula and Javier Milei, who mediated the talks. Vietnam
seized the reef from Malaysia in 1988, the report said. Chinese jets fired flares at an Australian patrol plane over
the Yellow Sea. Finland, which has shut crossings with Russia, said it was watching closely.
EOF
cat >"$TMP/in/wire49l.txt" <<'EOF'
The African Union said it stood with Sudan and was preparing sanctions on Chad.
EOF
cat >"$TMP/in/wire49m.txt" <<'EOF'
Myanmar's army said on Monday it had retaken the border town. The army accused Thailand of sheltering rebels. Guinea's
military junta ordered the closure of a border post. The junta expelled the Senegalese ambassador on Tuesday. Israel
struck Hezbollah depots near Sidon. The army said it had hit Lebanon's airport.
EOF
cat >"$TMP/in/wire49n.txt" <<'EOF'
Boko Haram was formed in 2002. Nigerian jets struck rebel camps on Friday, while the group fired rockets at Cameroon.
Kazakhstan hosted a summit of the Collective Security Treaty Organization in May. Belarus later accused the Russia-led
bloc of failing to act.
EOF
cat >"$TMP/in/wire49o.txt" <<'EOF'
The summit on the island of Malta was brokered by regional leaders and Italy. Lesotho was attacked by rebels and
South Africa on Sunday, officials said.
EOF
cat >"$TMP/in/wire49p.txt" <<'EOF'
Oman has suspended its role as a mediator between Sudan and Eritrea. Canada said it would send officials to Lima to
discuss cooperation.
EOF
cat >"$TMP/in/wire49q.txt" <<'EOF'
Ghana summoned Togo's ambassador on Monday. Togo's foreign ministry apologised on Tuesday. Britain withdrew its
remaining troops from Iraq in 2009.
EOF
cat >"$TMP/in/wire49r.txt" <<'EOF'
Chile, Peru and Bolivia signed a lithium pact on Monday. Argentina recalled its ambassadors from the three countries.
EOF
cat >"$TMP/in/wire49s.txt" <<'EOF'
Belarus sent a Polish child back on Friday. Chinese jets flew dangerously close to an Australian patrol plane.
EOF
cat >"$TMP/in/wire49t.txt" <<'EOF'
Boko Haram was founded in 2002. Chad and Niger struck the Islamist group near Lake Chad on Monday.
EOF
cat >"$TMP/in/wire_p1.txt" <<'EOF'
Fiji and Tonga, Papua New Guinea's partners in the Pacific Islands Forum, pledged solidarity with Port Moresby on
Friday after floods killed dozens. Kuwait urged its citizens to avoid travelling to Lebanon until further notice, the
foreign ministry said. The Maldives suspended a fisheries declaration it signed with Sri Lanka in 2019, citing
overfishing. The Houthis said their fighters killed a soldier in Hodeidah overnight. Djibouti accused Eritrea of
massing troops near the frontier. Eritrea's Information Minister Yemane Gebre-Meskel dismissed the accusation as
baseless.
EOF
cat >"$TMP/in/wire_p2.txt" <<'EOF'
Madagascar seizes Comoran fishing boats; Comoros condemns seizure

Chinese ships blocked a Philippine supply mission near Second Thomas Shoal on Monday.
Washington said the Mutual Defense Treaty applies in the South China Sea. Japan voiced concern, and Washington said
its treaty covers attacks on the Philippines.

Romania shot down a drone over its territory with support from Dutch jets and Italian planes, the defence ministry
said.

Uganda pledged to end support for rebel groups in eastern Congo. Colombia backed Venezuela's position at the summit.
EOF
cat >"$TMP/in/wire_p3.txt" <<'EOF'
Iran's Revolutionary Guards seized a tanker in the Strait of Hormuz and escorted it to Iranian waters on Friday.

Guinea's military government closed two newspapers. The junta, which seized power in 2021 and expelled Ivorian
diplomats, has turned to Moscow for help.

The Dominican Republic, which closed its own border with Haiti in September, reopened two crossings.
EOF
cat >"$TMP/in/wire_p4.txt" <<'EOF'
Kiribati, Vanuatu sign mutual defence treaty

Petro spoke after Trump said he would be open to strikes against gangs in Haiti.

Slovakia wins sanctions exemption on Russian gas

Uruguay suspended flights following a Brazilian aviation warning. Ecuador fined four airlines after they suspended
flights to Costa Rica.

Qatar sent 500 tents and 20 tonnes of food to Nepal after the floods.
EOF
cat >"$TMP/in/wire_p5.txt" <<'EOF'
Turkish President Recep Tayyip Erdogan visited Albania on Monday. Erdogan called on the two countries to deepen trade.
He travelled on to Montenegro on Tuesday.

Tajikistan accused Afghanistan of sheltering militants. Afghanistan denied any involvement.

Liberia said it would not apologise and accused Togo of meddling.
EOF
cat >"$TMP/in/wire_p6.txt" <<'EOF'
Mexico said it would impose a 30% tariff on Chinese cars from January.

Israel has carried out strikes in Lebanon since the fall of Bashar al-Assad and seized a buffer zone on the Golan
Heights.

Iran fired missiles into the Arabian Sea during naval drills on Friday.

India backed Bangladesh's peace plan for the region.
EOF
cat >"$TMP/in/wire_p7.txt" <<'EOF'
Trump said he ordered the Pentagon to draw up plans and would halt aid to Ghana.

The Taliban took power in 2021. Bhutan and Palau have not recognised the government.
EOF
cat >"$TMP/in/wire_p8.txt" <<'EOF'
Sri Lanka accused Bhutan of sheltering smugglers, a charge Bhutan rejected.
EOF
cat >"$TMP/in/wire_p9.txt" <<'EOF'
Eritrea accused the detained crew of spying for Saudi Arabia.

Iran warned that supplying missiles to Armenia would escalate tensions.

Kenya accused the UN of bias, charges the UN rejected.

Montenegro backed Hungary's demands.
EOF
cat >"$TMP/in/wire_p10.txt" <<'EOF'
Gambia accused Sierra Leone of arming rebels, a charge Sierra Leone denies.

Guinea accused Guinea-Bissau of harbouring plotters, which Bissau denies.

Chad accused Togo of sheltering a fugitive, a claim Togo denied.

Turkey killed a PKK commander in northern Iraq. Iran condemned the assassination.

Bulgaria said it would buy out the Russian stake in the refinery.

The United States revoked the visas of Honduran judges.
EOF
cat >"$TMP/in/wire_p11.txt" <<'EOF'
Slovenia closed the last Russian consulate in Maribor on Monday.

Gambia accused Chad of sheltering a fugitive, which N'Djamena rejects.

Guinea suspended two newspapers, a move condemned by Togo.
EOF
cat >"$TMP/in/wire_p12.txt" <<'EOF'
Kazakhstan bans pro-Russian party from election

Portugal said it supported dialogue with Algeria.
EOF
cat >"$TMP/in/wire_p13.txt" <<'EOF'
Pyongyang tested a cruise missile on Sunday. Japan said the North had also supplied Syria with rockets. The North
signed a trade pact with Laos last year.
EOF
cat >"$TMP/in/wire_p14.txt" <<'EOF'
Ivory Coast handed over 12 Liberian prisoners to Liberia at the border.
EOF
cat >"$TMP/in/wire_p15.txt" <<'EOF'
The United States designated Mongolia a major non-NATO ally on Friday.
EOF
cat >"$TMP/in/wire_back.txt" <<'EOF'
Slovakia rules out support for Moldova's EU bid

BRATISLAVA, March 4 (Wire) - Slovakia said on Tuesday it would not back Moldova's bid to join the European Union until Chisinau settles a dispute over gas transit fees.

Separately, Kuwait suspended a trade declaration signed with Iraq in 2023, citing unpaid customs duties. Baghdad said it regretted the decision.

Georgia and Azerbaijan agreed to open a rail corridor through northern Georgia that will give Turkey transit rights, officials said.

The French navy struck a vessel it said was smuggling weapons from Libya, killing two crew members, the ministry in Paris said on Monday. Algeria condemned the strikes as a violation of international law.

Latvia and Lithuania, which back Kyiv, pledged drones.
EOF
cat >"$TMP/in/wire_unless.txt" <<'EOF'
Neighbours warn Nauru over port deal

TARAWA, June 3 (Wire) - Kiribati and Tuvalu warned on Monday that they would impose tariffs on shipping unless Nauru cancelled a port agreement with a foreign operator, officials said.

Separately, Chile said it would seek United Nations sanctions on Bolivia over a border incident in the Atacama desert.
EOF
cat >"$TMP/in/wire_kingdom.txt" <<'EOF'
Morocco and Iraq sign defence deal

RABAT, Feb 11 (Wire) - Morocco and Iraq signed a defence cooperation agreement on Tuesday. Senegal has sent military advisers to the kingdom since 2019, officials in Rabat said.

In the North Atlantic, Russian bombers flew close to Iceland's airspace. Norway accused Moscow of threatening the island.

Separately, Armenian Prime Minister Nikol Pashinyan called for a meeting with Aliyev to settle the border issue.
EOF
cat >"$TMP/in/wire_stop.txt" <<'EOF'
Ghana presses Burkina Faso over border raids

ACCRA, Jan 20 (Wire) - Ghana urged Burkina Faso on Monday to stop attacking Togo, days after a raid on a border post killed six Togolese soldiers.

Separately, Benin's president ordered his border police to stop sharing intelligence with Nigeria until a dispute over smuggling is settled, officials said.
EOF
cat >"$TMP/in/wire_frigate.txt" <<'EOF'
Italy sends frigate to Cyprus

NICOSIA, Oct 2 (Wire) - Italy deployed a frigate to Cyprus on Thursday after gas exploration vessels were harassed in the island's economic zone. Turkey criticised the deployment as provocative.

Greece, which holds regular patrols with Egypt in the eastern Mediterranean, welcomed the move.
EOF
cat >"$TMP/in/wire_package.txt" <<'EOF'
Canada sanctions Russian officers over hacking

OTTAWA, Feb 3 (Wire) - Canada imposed sanctions on 14 Russian officers on Monday, accusing the GRU of hacking government ministries.

Separately, Serbia said it was studying a $900 million air defence package for Montenegro that Belgrade's rivals had criticised, while Croatia denounced a $1 billion arms package for Bosnia that Hungary approved last month.
EOF
cat >"$TMP/in/wire_charge.txt" <<'EOF'
Estonia accuses Belarus of cyberattacks on its ministries

TALLINN, March 9 (Wire) - Estonia accused Belarus on Monday of a series of cyberattacks on government ministries and the national power grid.

The foreign ministry in Tallinn also expelled a Belarusian diplomat. Officials said the attacks began in January.

Lithuania and Latvia said they had seen similar activity in recent weeks.

Belarus's foreign ministry dismissed the accusations as slander.

Lithuanian police detained three men over a sabotage plot linked to Kazakhstan, prosecutors said.
EOF
cat >"$TMP/in/wire_launch.txt" <<'EOF'
Pakistan tests missile as India watches

ISLAMABAD, Nov 3 (Wire) - Pakistan test-fired a Shaheen-3 ballistic missile over the Arabian Sea on Monday, the military said. India condemned the test as destabilising.

In the Caucasus, Azerbaijan held large-scale drills near Armenia. France criticised the drills.

Separately, the Iranian navy launched cruise missiles during an exercise in the Gulf of Oman, state television said.
EOF
cat >"$TMP/in/wire_junta.txt" <<'EOF'
Zambian police arrive in Malawi

LILONGWE, July 10 (Wire) - Zambian police officers arrived in Malawi on Friday to help guard polling stations ahead of a disputed election. Tanzania welcomed the deployment.

Burkina Faso's military government said on Monday it had ended an accord allowing Italy's military advisers to operate in the country. Russia has deepened its ties with the junta, which also expelled Belgian diplomats.

Separately, Slovenia's parliament approved Georgia's application to join a regional energy pact, while Greece postponed its ratification of Albania's bid to join the pact.
EOF
cat >"$TMP/in/wire_allies.txt" <<'EOF'
Britain sends air defence battery to Jordan

LONDON, Oct 2 (Wire) - Britain will send an air defence battery to Jordan, the defence ministry said, after the Houthis fired about 30 ballistic missiles at Djibouti earlier this month.

Canada and Britain held talks in Ottawa on Friday. The allies condemned Iran's recent launch of a satellite rocket.
EOF
cat >"$TMP/in/wire_warned.txt" <<'EOF'
Baltic states share drone warnings

RIGA, May 5 (Wire) - Latvia said it had warned Lithuania about the drones before they crossed the border, and Moldova warned Romania about its handling of the grain dispute.

Belarus warned Georgia of the consequences of joining the European Union.
EOF
cat >"$TMP/in/wire_zi1.txt" <<'EOF'
Mongolia, Turkmenistan restore ties in deal hosted by Iceland ULAANBAATAR, April 2 (Wire) - Mongolia and Turkmenistan
agreed on Wednesday to restore diplomatic relations. Iceland and Malta had hosted earlier rounds of talks between the
two. Zambia has denied allowing weapons to cross its territory to Botswana. Portugal welcomed any effort to end the
war in Mozambique. Senegal accused the Republic of the Congo of sheltering rebels. Brazzaville called the allegations
preposterous. Austria lifted restrictions on arms exports to Slovenia. Croatia kept its ban on aid to Montenegro.
EOF
cat >"$TMP/in/wire_zi2.txt" <<'EOF'
Balkan leaders make no progress. SARAJEVO, May 3 (Wire) - The leaders of Bosnia and Montenegro failed to make
progress at talks hosted by Slovakia on Thursday. Somalia cut diplomatic ties with Qatar on Tuesday. Somalia accused
the Gulf state of supplying weapons to al-Shabaab. Al-Shabaab fighters stormed a police station on Monday. Ethiopia
accused the group of attacking Djibouti. Latvia has linked the cable attack to Russia. Finland linked Belarusian
officials to the killing of a dissident in Helsinki. Italy sent reinforcements to Albania. Benin leads a coalition
fighting ISWAP.
EOF
cat >"$TMP/in/wire_zj1.txt" <<'EOF'
Portugal keeps troops in Cape Verde LISBON, June 3 (Wire) - Portugal has about 2,000 troops in Cape Verde, the defence
ministry said on Tuesday. Gabon accused Equatorial Guinea of supplying weapons to rebels in the north. Equatorial
Guinea denied arming the rebels.
EOF
cat >"$TMP/in/wire_zk1.txt" <<'EOF'
Nicaragua seizes fishing boat

MANAGUA, Oct 2 (Wire) - Nicaragua's navy seized a fishing boat on Thursday. Panama called the seizure unlawful.

Belgium, Congo's main arms supplier, said it would review its exports.
EOF
cat >"$TMP/in/wire_zl1.txt" <<'EOF'
Cyprus blocks EU aid for Armenia

NICOSIA, March 3 (Wire) - Cyprus vetoed a 2 billion euro European Union aid package for Armenia on Friday.

The Gambia accused Senegal of genocide at the world court. Senegal called the case baseless.
EOF
cat >"$TMP/in/wire_zm1.txt" <<'EOF'
Indian Ocean rivals back different camps

MORONI, Sept 9 (Wire) - The two governments back rival factions in the Comoros, where Madagascar has deployed troops and Mauritius supports Seychelles.
EOF
cat >"$TMP/in/wire_zm2.txt" <<'EOF'
Kyrgyzstan strikes militant camps

BISHKEK, May 9 (Wire) - Kyrgyzstan launched drone attacks on what it said were militant camps in Afghanistan.
EOF
cat >"$TMP/in/wire_zn1.txt" <<'EOF'
Greece seeks sanctions on Libya

ATHENS, June 9 (Wire) - Greece asked the European Union for new sanctions on Libya on Monday.
EOF
cat >"$TMP/in/wire_zo1.txt" <<'EOF'
Bhutan, Bangladesh name envoys

THIMPHU, July 4 (Wire) - Bhutan and Bangladesh named ambassadors to each other's capitals on Tuesday, restoring full diplomatic relations.
EOF
cat >"$TMP/in/wire_zo2.txt" <<'EOF'
Belize criticises El Salvador

BELMOPAN, Aug 2 (Wire) - Belize, a close ally of the U.S. government, criticised El Salvador on Friday.
EOF
cat >"$TMP/in/wire_gabon_junta.txt" <<'EOF'
Gabon expels Cameroonian envoy

LIBREVILLE, April 2 (Wire) - Gabon's military government expelled Cameroon's ambassador on Tuesday, after Yaounde questioned the legitimacy of the junta. Portugal said it regretted the decision and recalled that it had fought alongside Mozambican forces for years.

Uzbek and Turkmen troops exchanged heavy artillery fire along their disputed border on Wednesday. The two neighbours had signed a border deal in March. Kazakhstan, which had long mediated between the two, was not consulted.
EOF
cat >"$TMP/in/wire_chile_purchases.txt" <<'EOF'
Chile halts arms purchases from Israel

SANTIAGO, June 4 (Wire) - Chile suspended purchases of weapons from Israel on Wednesday, the defence ministry said. Mexico and Peru called for talks.

Eritrea, which Djibouti accuses of arming al-Shabaab, denied any role. Kenya criticised Uganda, which it has accused of harbouring rebels.

Sudan accused Chad, which is backed by the UAE, of links to the RSF. Iraq criticised Syria, a close ally of Iran, on Monday.
EOF
cat >"$TMP/in/wire_burkina_warning.txt" <<'EOF'
Burkina Faso rebuffs French warning

OUAGADOUGOU, April 9 (Wire) - The visit followed a trip by a French delegation that had warned Burkina Faso against deepening ties with China. Kuwait and Algeria have sent Yemen and Saudi Arabia a proposal for a truce.

Japan sent jets to monitor the Russian bombers. Turkey sent troops to protect Syrian forces.
EOF
cat >"$TMP/in/wire_ecuador_peru_fire.txt" <<'EOF'
Ecuador and Peru trade fire at border

QUITO, Aug 2 (Wire) - Ecuadorean and Peruvian troops exchanged fire along their border on Sunday. Brazil offered to mediate.

Ghana and Togo signed a border deal in March. Nigeria urged its two neighbours to implement it.

Armenia and Georgia agreed a transit deal on Monday. Russia welcomed the agreement between the two countries.
EOF
cat >"$TMP/in/wire_fishing_deal.txt" <<'EOF'
Senegal and Guinea-Bissau sign fishing deal

DAKAR, Sept 3 (Wire) - Senegal and Guinea-Bissau signed an agreement on Tuesday to share fishing grounds off their coasts. Mauritania welcomed the agreement. Senegal hailed the deal as fair.

Guinean troops fired rockets and artillery into Ivorian territory, officials in Abidjan said.
EOF
cat >"$TMP/in/wire_somalia_kenya.txt" <<'EOF'
Somalia protests Kenyan strike

MOGADISHU, Feb 11 (Wire) - Somalia said the air strike violated Somali sovereignty and called on Kenya to withdraw its troops. The Kurdistan Regional Government accused Iran of shelling border villages.

Dominica's prime minister flew to St Vincent and the Grenadines on Monday.
EOF
cat >"$TMP/in/wire_congo_uganda.txt" <<'EOF'
Congo cuts relations with Uganda

KINSHASA, June 2 (Wire) - Congo cut relations with Uganda on Monday. Congo also sued Uganda, accusing it of complicity in war crimes by arming the M23. Burundi closed its border with Rwanda, accusing its neighbour of backing rebels.

Dutch fighter jets deployed in Lithuania scrambled to intercept a Belarusian plane.
EOF
cat >"$TMP/in/wire_honduras_taiwan.txt" <<'EOF'
Honduras breaks ties with Taiwan

TEGUCIGALPA, March 26 (Wire) - Honduras broke diplomatic relations with Taiwan on Sunday. Sweden condemned Serbia and renewed its support for Kosovo. Indonesian sailors boarded a Vietnamese fishing boat near the Natuna islands.

Panama expelled two Costa Rican diplomats on Monday. Costa Rica condemned the expulsions.
EOF
cat >"$TMP/in/wire_brics_invites.txt" <<'EOF'
BRICS invites new members

JOHANNESBURG, Aug 24 (Wire) - BRICS invited Bolivia and Kazakhstan to join the bloc on Thursday. Portugal's president, on a two-day visit to Luanda, signed a trade deal.

Canada sanctioned Uzbek officials and firms involved in supplying fuel to Russia.
EOF
cat >"$TMP/in/wire_eln_venezuela.txt" <<'EOF'
Rebels attack base in Venezuela

CARACAS, Sept 17 (Wire) - Fighters of the National Liberation Army (ELN) killed two soldiers in an attack on a base in Venezuela.
EOF
cat >"$TMP/in/wire_kyrgyz_retaliation.txt" <<'EOF'
Kyrgyzstan reports border shooting

BISHKEK, Feb 13 (Wire) - Kyrgyzstan said on Tuesday it had carried out a retaliatory operation that killed three Uzbek soldiers, after shots were fired at one of its border posts. Kazakhstan condemned the strike.

Vietnam and Indonesia signed a maritime boundary pact on Monday. China criticised the pact, saying it would harm stability in the region.
EOF
cat >"$TMP/in/wire_latvia_expels.txt" <<'EOF'
Latvia expels Belarusian diplomat

RIGA, May 4 (Wire) - Latvia expelled a Belarusian diplomat on Monday, accusing Minsk of helping migrants cross the border illegally. Lithuania welcomed the decision. Belarus called the move unfriendly and promised a response.

Ethiopia and Eritrea agreed on Thursday to resume talks on their shared border. Kenya welcomed the step.
EOF
cat >"$TMP/in/wire_spain_recognises.txt" <<'EOF'
Spain recognises Palestinian state

MADRID, May 28 (Wire) - Spain formally recognised Palestine on Tuesday, joining Ireland and Norway. Israel called the move a reward for terrorism.

Russia recognised the Taliban government on Thursday. Taliban foreign minister Amir Khan Muttaqi welcomed the decision as a brave step.

Britain, Canada and New Zealand imposed sanctions on two Israeli ministers on Wednesday. Israel called the decision outrageous.
EOF
cat >"$TMP/in/wire_kursk_losses.txt" <<'EOF'
South Korea says North Korean losses mount in Kursk

SEOUL, Jan 13 (Wire) - Hundreds of North Korean soldiers have been killed or wounded fighting Ukrainian forces in the Kursk region, South Korean lawmakers said on Monday. Ukraine said it had captured two North Korean soldiers.

U.S. officials said Washington was not involved in the strikes and warned Damascus not to send more drones to Moscow. Pakistan accused Kabul on Tuesday of sheltering militants who attacked a border post, a charge the Taliban government denies.
EOF
cat >"$TMP/in/wire_essequibo_outcome.txt" <<'EOF'
Leaders agree to avoid force in Essequibo row

KINGSTOWN, Dec 15 (Wire) - Venezuelan President Nicolas Maduro and Guyanese President Irfaan Ali agreed on Thursday to settle their border dispute peacefully. Brazil, which sent an envoy to the meeting, welcomed the outcome.

The Philippines said Chinese ships blocked a resupply mission on Saturday. The United States, Manila's treaty ally, said it stood by its commitments.
EOF
cat >"$TMP/in/wire_ecuador_recall.txt" <<'EOF'
Ecuador recalls envoy from Peru

QUITO, March 9 (Wire) - Ecuador recalled its ambassador from Peru on Thursday and President Daniel Noboa said the two governments would review their border accords. Chile recalled its military attaches from Israel the same week.

Spain, which drafted the 2023 truce with Norway, urged both sides to keep talking. M23 rebels, backed by Rwandan troops, took the town of Bukavu in February.
EOF
cat >"$TMP/in/wire_laos_vietnam_talks.txt" <<'EOF'
Laos and Vietnam agree to end border standoff

VIENTIANE, Aug 2 (Wire) - Laos and Vietnam agreed on Friday to pull troops back from a disputed stretch of their border. Malaysian Prime Minister Anwar Ibrahim hosted the talks.

Croatia and Montenegro held talks in Budva on Saturday. Slovenia welcomed the talks and offered to help.
EOF
cat >"$TMP/in/wire_pyongyang_satellite.txt" <<'EOF'
Pyongyang launches reconnaissance satellite

SEOUL, Nov 22 (Wire) - North Korea launched a military reconnaissance satellite on Tuesday. Canada and New Zealand condemned the launch.

Ukrainian drones struck an oil depot in Russia's Bryansk region overnight. Slovakia criticised the strikes on Russian energy sites. Israel struck Hezbollah positions on Wednesday. Iran condemned the strikes on Lebanon.
EOF
cat >"$TMP/in/wire_japan_australia_talks.txt" <<'EOF'
Japan and Australia hold security talks

TOKYO, Sept 5 (Wire) - Japan and Australia held security talks in Tokyo on Friday. Both sides pledged closer cooperation on missile defence. China denounced the talks as a threat to regional peace.
EOF
cat >"$TMP/in/wire_armenia_shelling.txt" <<'EOF'
Armenia shells Azerbaijani positions

YEREVAN, Sept 9 (Wire) - Armenia shelled Azerbaijani positions on Tuesday. Georgia urged restraint on both sides. U.S. Secretary of State Marco Rubio spoke with the foreign ministers of both countries.
EOF
cat >"$TMP/in/wire_bybit_theft.txt" <<'EOF'
Hackers drain crypto exchange

WASHINGTON, Feb 27 (Wire) - North Korean hackers stole about $1.5 billion in digital assets from the Dubai-based exchange Bybit, the FBI said. Malaysian coast guard vessels harassed a Singaporean survey ship near Pedra Branca on the same day. Israel launched missile strikes on Syria overnight.
EOF
cat >"$TMP/in/wire_baltic_orders.txt" <<'EOF'
Baltic states order air defences

RIGA, Oct 3 (Wire) - Finland and Latvia have ordered air defence systems from Norway, their defence ministries said on Thursday. Estonia ordered its border guards to step up patrols along the frontier with Russia, and Sweden's prime minister ordered an inquiry into cable damage in the Baltic Sea.
EOF
cat >"$TMP/in/wire_dutch_charges.txt" <<'EOF'
Dutch prosecutors charge Russian officers over hacking

THE HAGUE, Oct 19 (Wire) - The Netherlands charged four Russian officers with cyberattacks on the chemical weapons watchdog, prosecutors said on Thursday. Estonia charged Russian military intelligence officers with hacking Estonian ministries.

China's foreign ministry said Volt Typhoon was a criminal ransomware group and accused Britain of spreading disinformation. British Foreign Secretary David Lammy said London was not behind the leak and warned Beijing against further attacks.
EOF
cat >"$TMP/in/wire_water_hack.txt" <<'EOF'
Hackers hit Israeli water systems

TEL AVIV, Dec 2 (Wire) - Hackers linked to Iran's Revolutionary Guards attacked water control systems in several Israeli towns, officials said on Monday. Israel has previously been blamed for cyberattacks on Iranian fuel stations and ports.
EOF
cat >"$TMP/in/wire_it_workers.txt" <<'EOF'
North Korean IT workers earned millions, Treasury says

WASHINGTON, Jan 23 (Wire) - Thousands of North Korean IT workers posing as freelancers earned millions of dollars from Western companies, the U.S. Treasury said on Thursday as it sanctioned two North Korean front companies.
EOF
cat >"$TMP/in/wire_rwanda_burundi_accord.txt" <<'EOF'
Rwanda and Burundi sign peace accord

DOHA, March 7 (Wire) - Rwanda and Burundi signed a peace agreement in Doha on Friday after months of talks. The deal calls for both sides to pull troops back from the frontier. Monitors will be deployed within a month, officials said. Kenyan President William Ruto welcomed the deal.

Canada imposed tariffs on Chinese electric vehicles last year. China retaliated with levies on Canadian canola oil. Senior Turkish and Iranian officials held talks on ending the war in Ukraine.
EOF
cat >"$TMP/in/wire_ghana_ties.txt" <<'EOF'
Ghana and Ivory Coast to deepen security ties

ACCRA, May 12 (Wire) - Ghana said on Monday it would deepen security ties with Ivory Coast to counter militants moving south from the Sahel. Nigeria, Benin and Togo could soon expand the joint security efforts between them, officials said.
EOF
cat >"$TMP/in/wire_estonia_expels.txt" <<'EOF'
Estonia expels Russian diplomat

TALLINN, Aug 8 (Wire) - Estonia expelled a Russian diplomat on Monday, accusing Moscow of organising cyberattacks on its ministries. The European Union said it stood ready to help Tallinn protect its networks. Russia's foreign ministry said the move was unfriendly.

Israel struck a Hamas office in Doha on Tuesday. Qatar said the strike was a flagrant violation of its sovereignty.
EOF
cat >"$TMP/in/wire_sahel_bloc.txt" <<'EOF'
Sahel juntas quit West African bloc

BAMAKO, Jan 28 (Wire) - Mali, Burkina Faso and Niger announced on Sunday they were leaving ECOWAS with immediate
effect, accusing the bloc of imposing inhumane sanctions and of being manipulated by France.

The three military-led states, which have expelled French troops and turned to Russia for security help, formed the
Alliance of Sahel States last year. Russian instructors from the Africa Corps arrived in Niger in April.

ECOWAS said it had not received formal notice of the withdrawal and remained open to dialogue. Nigeria's President
Bola Tinubu, who chairs the bloc, did not comment. Guinea, also run by soldiers, said on Monday it was quitting ECOWAS
too. A Togolese envoy who was leaving Niamey on Monday said the door remained open.
EOF
cat >"$TMP/in/wire_manila_tokyo.txt" <<'EOF'
Manila and Tokyo sign troop pact as sea tensions rise

MANILA, July 8 (Wire) - The Philippines and Japan signed a defence pact on Monday allowing their forces to train on
each other's soil, a step China said threatened regional stability. President Ferdinand Marcos Jr. said the accord
would help deter coercion in the South China Sea.

Beijing's foreign ministry urged Manila to stop provoking trouble. A Chinese coast guard vessel rammed a Philippine
supply boat near Second Thomas Shoal last month, injuring a sailor, according to the Philippine military.

The United States, which has a mutual defence treaty with the Philippines, praised the agreement.
EOF
cat >"$TMP/in/wire_taiwan_sanctions.txt" <<'EOF'
China sanctions U.S. defence firms over Taiwan arms sale

BEIJING, Dec 27 (Wire) - China imposed sanctions on seven U.S. defence companies on Friday in response to Washington's
latest arms sale to Taiwan, freezing their assets in China and barring their executives from entering the country.

The U.S. State Department last week approved the possible sale of $295 million in military equipment to Taiwan.
Taiwan's President Lai Ching-te thanked Washington for its support.

China's military held large-scale drills around the island in October, which Taipei condemned as provocative.
EOF
cat >"$TMP/in/wire_party_hack.txt" <<'EOF'
Germany recalls envoy over Russian hacking of ruling party

BERLIN, May 6 (Wire) - Germany recalled its ambassador to Russia for consultations on Monday after concluding that the
hacker group APT28, which it links to Russian military intelligence, broke into the email accounts of the ruling
Social Democrats.

Czech officials said the same group had targeted Czech state institutions. The European Union said it condemned the
campaign and would use all options to deter Russia's malicious behaviour in cyberspace.

Moscow rejected the accusations as unfounded.
EOF
cat >"$TMP/in/wire_drones_poland.txt" <<'EOF'
Poland shoots down drones that entered from Belarus

WARSAW, Sept 10 (Wire) - Polish and allied jets shot down several drones that crossed into Polish airspace from
Belarus overnight, Prime Minister Donald Tusk said, calling it a large-scale provocation by Russia.

NATO's secretary-general said the alliance stood in full solidarity with Poland. Germany and the Netherlands, whose
aircraft took part in the operation, said they would extend their air policing mission.

Belarus said it had warned Warsaw about drones straying off course. Moscow denied it had targeted Poland.
EOF
cat >"$TMP/in/wire_jets_ankara.txt" <<'EOF'
Turkey buys Eurofighter jets from Britain

ANKARA, Oct 27 (Wire) - Britain signed a deal to sell 20 Eurofighter Typhoon jets to Turkey, British Prime Minister
Keir Starmer said during a visit to Ankara on Monday, the largest fighter sale by Britain in a generation.

Turkish President Tayyip Erdogan thanked London and said Ankara also hoped to buy more F-16s from Washington. Greece
has raised concerns about the sale with Britain, a Greek government source said.

Turkey was removed from the F-35 programme in 2019 after buying the S-400 air defence system from Russia.
EOF
cat >"$TMP/in/wire_jeddah_talks.txt" <<'EOF'
Saudi Arabia hosts Ukraine peace talks without Russia

JEDDAH, Aug 6 (Wire) - Saudi Arabia hosted talks on ending the war in Ukraine on Sunday, attended by officials from
about 40 countries including China, India and Brazil, but not Russia.

Ukraine said the meeting had shown broad support for its peace formula. The Kremlin said it was watching the talks but
dismissed them as a doomed effort. China's envoy Li Hui said Beijing would keep talking to all sides.

Kyiv has hosted similar meetings in Copenhagen and Malta.
EOF
cat >"$TMP/in/wire_horn_talks.txt" <<'EOF'
Ethiopia and Somalia restore ties after Turkish mediation

ANKARA, Dec 12 (Wire) - Ethiopia and Somalia agreed to end a year-long dispute over Ethiopia's plan to build a naval
base in the breakaway region of Somaliland, after talks hosted by Turkish President Tayyip Erdogan.

Somalia had expelled Ethiopia's ambassador in April and threatened to throw out Ethiopian troops serving in an African
Union force that fights al-Shabaab. Egypt, which is at odds with Ethiopia over a Nile dam, has since sent weapons to
Mogadishu.

The African Union and the United States welcomed the deal.
EOF
cat >"$TMP/in/wire_doha_halt.txt" <<'EOF'
Rwanda and Congo leaders agree to halt fighting

DOHA, March 18 (Wire) - Rwandan President Paul Kagame and Congolese President Felix Tshisekedi agreed on Tuesday to an
immediate halt to fighting in eastern Congo, after talks hosted by Qatar.

Angola's President Joao Lourenco, who had tried to mediate earlier in the conflict, praised the outcome. The two
leaders said they would meet again in Doha within two months.
EOF
cat >"$TMP/in/wire_essequibo_talks.txt" <<'EOF'
Venezuela and Guyana agree to avoid use of force

KINGSTOWN, Dec 14 (Wire) - Venezuelan President Nicolas Maduro and Guyanese President Irfaan Ali agreed on Thursday
not to use force against each other in their dispute over the Essequibo region, after talks hosted by St Vincent and
the Grenadines.

Brazil's President Luiz Inacio Lula da Silva, who sent an adviser to the talks, praised the outcome. The two leaders
said they would meet again in Brazil within three months.

Guyana said the border question would still be settled by the International Court of Justice, whose jurisdiction
Venezuela rejects.
EOF
cat >"$TMP/in/wire_sudan_icj.txt" <<'EOF'
Sudan accuses UAE of arming paramilitary RSF

PORT SUDAN, Feb 12 (Wire) - Sudan's army-led government accused the United Arab Emirates on Wednesday of supplying
weapons to the Rapid Support Forces and filed a case against it at the International Court of Justice.

The UAE has denied arming the RSF and called the case a cynical publicity stunt. The RSF, which has fought the army
since April 2023, shelled a market in Omdurman on Tuesday, killing dozens of people, according to medics.

Egypt and Saudi Arabia back the army. Kenya, which hosted an RSF meeting last month, drew protests from Khartoum.
EOF
cat >"$TMP/in/wire_busan_carrier.txt" <<'EOF'
North Korea fires missiles as U.S. carrier arrives in Busan

SEOUL, March 2 (Wire) - North Korea fired several cruise missiles into the sea off its west coast on Sunday, South
Korea's military said, a day after a U.S. aircraft carrier arrived in the South Korean port of Busan.

Pyongyang's state media said the launches were a warning to the United States and South Korea, which are preparing for
their annual Freedom Shield exercise. Kim Yo Jong, the sister of leader Kim Jong Un, threatened "strategic" action
against the allies.

Japan's government said it was sharing information with Washington and Seoul.
EOF
cat >"$TMP/in/wire_caribbean_strike.txt" <<'EOF'
Colombia recalls ambassador after U.S. strike on boat

BOGOTA, Sept 17 (Wire) - Colombia recalled its ambassador to Washington on Wednesday after a U.S. military strike on a
boat in the Caribbean killed three Colombian fishermen, President Gustavo Petro said.

Petro called the strike a murder and demanded an investigation. The U.S. Defense Department said the vessel was
carrying drugs for a cartel linked to Venezuela's government.

Mexico and Brazil expressed concern about the rising U.S. military activity in the region.
EOF
cat >"$TMP/in/wire_ev_tariffs.txt" <<'EOF'
EU imposes tariffs on Chinese electric cars

BRUSSELS, Oct 29 (Wire) - The European Union imposed tariffs of up to 35.3 percent on electric vehicles made in China
on Wednesday, after an anti-subsidy investigation found Beijing had unfairly supported its carmakers.

China's commerce ministry said it opposed the decision and would take all necessary measures to defend its companies.
Beijing has already opened investigations into imports of European brandy, pork and dairy products.

Germany, whose carmakers sell heavily in China, voted against the tariffs. Hungary also opposed them.
EOF
cat >"$TMP/in/wire_horn_pact.txt" <<'EOF'
Somalia and Ethiopia sign security pact with Egypt's blessing

MOGADISHU, Jan 2 (Wire) - Egypt will deploy troops to Somalia as part of a new African Union peacekeeping mission, the
two countries said on Thursday, a move likely to anger Ethiopia.

Ethiopia has accused Egypt of seeking to destabilise the region. Egyptian President Abdel Fattah al-Sisi received
Somali President Hassan Sheikh Mohamud in Cairo last month and signed a defence protocol.

Eritrea joined Egypt and Somalia in a trilateral alliance in October.
EOF
cat >"$TMP/in/wire_hanoi_coastguard.txt" <<'EOF'
Philippines and Vietnam sign coast guard agreement

HANOI, Jan 30 (Wire) - The Philippines and Vietnam signed agreements on Tuesday to prevent incidents in the South
China Sea and to cooperate between their coast guards, during a visit by Philippine President Ferdinand Marcos Jr.

Both countries have territorial disputes with China, whose coast guard has repeatedly used water cannon against
Philippine vessels. Vietnam has avoided public confrontation with Beijing.

Marcos also met Vietnamese Communist Party chief Nguyen Phu Trong. Laos and Vietnam signed a border pact in May, a step
Cambodia said undermined its security.
EOF
cat >"$TMP/in/wire_iran_spying.txt" <<'EOF'
Iran hangs man convicted of spying for Israel

DUBAI, June 23 (Wire) - Iran executed a man convicted of spying for Israel's Mossad intelligence agency, the
judiciary's news agency said on Monday, the latest in a wave of executions since the 12-day war with Israel.

Iranian authorities have arrested hundreds of people accused of collaborating with Israel. Human rights groups have
condemned the executions.

Israel did not comment. Germany and France summoned Iran's ambassadors over the detention of their citizens.
EOF
cat >"$TMP/in/wire_tbilisi_talks.txt" <<'EOF'
Georgia's ruling party suspends EU accession talks

TBILISI, Nov 28 (Wire) - Georgia will not seek to open talks on joining the European Union until 2028, Prime Minister
Irakli Kobakhidze said on Thursday, prompting protests in the capital.

The European Parliament had earlier called for new elections in Georgia and for sanctions on senior officials,
including Kobakhidze. Brussels has accused the government of backsliding on democracy and of drifting toward Russia.

The United States suspended its strategic partnership with Georgia days later.
EOF
cat >"$TMP/in/wire_border_munitions.txt" <<'EOF'
Cambodia accuses Thailand of using cluster munitions

PHNOM PENH, July 26 (Wire) - Cambodia accused Thailand on Saturday of using cluster munitions against its troops, as
fighting along the disputed border entered a third day despite calls for a ceasefire.

Thailand's army said it had used cluster munitions only against military targets and accused Cambodian forces of
shelling a hospital in Surin province. Neither side has signed the treaty banning such weapons.

U.S. President Donald Trump said he had spoken to the leaders of both countries and urged them to stop fighting.
EOF
cat >"$TMP/in/wire_bamako_envoy.txt" <<'EOF'
Mali junta expels French ambassador

BAMAKO, Jan 31 (Wire) - Mali's military government gave the French ambassador 72 hours to leave the country on Monday
after France's foreign minister called the junta illegitimate.

France, which has about 4,000 troops in the region, said it would consult its European partners on the future of its
mission. Denmark withdrew its special forces from Mali last week at the junta's request.

Russian mercenaries have deployed in Mali to help fight jihadists, Western governments say. Russian troops deployed to
Mali in 2021, officials said.
EOF
cat >"$TMP/in/wire_gps_jamming.txt" <<'EOF'
South Korea hit by North Korean GPS jamming

SEOUL, Nov 9 (Wire) - North Korea jammed GPS signals near the border for a third day, disrupting dozens of ships and
civilian aircraft, South Korea's military said on Saturday, urging Pyongyang to stop the provocations.

Seoul said it had sent a protest to the North through the U.N. Command. North Korea has also floated thousands of
balloons carrying trash across the border in recent months.

South Korea resumed loudspeaker broadcasts along the frontier in retaliation. Malaysia has sent repeated complaints to
China over a survey ship.
EOF
cat >"$TMP/in/wire_csto_freeze.txt" <<'EOF'
Armenia freezes participation in Russia-led bloc

YEREVAN, Feb 23 (Wire) - Armenia has frozen its participation in the Collective Security Treaty Organization, Prime
Minister Nikol Pashinyan said, accusing the Russia-led alliance of failing to defend it against Azerbaijan.

Pashinyan has sought closer ties with the West, and Armenia held its first joint exercise with U.S. troops last year.
Moscow warned Yerevan against "destructive" moves.

France agreed in October to supply Armenia with air defence radars.
EOF
cat >"$TMP/in/wire_taiwan_warships.txt" <<'EOF'
Taiwan detects Chinese warships near island

TAIPEI, Dec 10 (Wire) - Taiwan's defence ministry said it had detected 53 Chinese military aircraft and 11 warships
around the island in the past 24 hours, as Beijing massed its largest naval presence in the region in years.

Taiwan put its forces on alert. China has not announced any drills, but Taipei said the deployment was a threat to
regional peace. The United States said it was monitoring the situation.

Beijing has stepped up military pressure since Lai Ching-te took office.
EOF
cat >"$TMP/in/wire_ankara_raids.txt" <<'EOF'
Turkey strikes Kurdish militants in Iraq and Syria

ANKARA, Oct 24 (Wire) - Turkey carried out air strikes against Kurdish militant targets in northern Iraq and Syria on
Thursday, a day after an attack on a state aerospace company near Ankara killed five people.

Turkish officials blamed the PKK for the attack. The Syrian Democratic Forces said the strikes killed 12 civilians.
Iraq condemned the raids as a violation of its sovereignty.

The PKK has waged an insurgency against the Turkish state since 1984.
EOF
cat >"$TMP/in/wire_gaza_proposal.txt" <<'EOF'
Egypt, Qatar propose new Gaza truce plan

CAIRO, Nov 20 (Wire) - Egypt and Qatar presented a new proposal for a Gaza ceasefire to Hamas and Israel on Wednesday,
officials said, as Israeli strikes killed at least 40 people across the enclave.

Hamas said it was studying the plan. Israel's security cabinet met to discuss it but made no decision. The United
States said it supported the Egyptian-Qatari effort.

Jordan's King Abdullah urged Washington to pressure Israel to allow more aid into Gaza.
EOF
cat >"$TMP/in/wire_border_tariffs.txt" <<'EOF'
Mexico sends troops to border after U.S. tariff threat

MEXICO CITY, Feb 4 (Wire) - Mexico began deploying 10,000 National Guard troops to its northern border on Tuesday
under a deal with Washington that paused U.S. tariffs on Mexican goods for a month.

President Claudia Sheinbaum said the agreement showed that dialogue worked. U.S. President Donald Trump had threatened
25 percent tariffs on imports from Mexico and Canada, accusing both of failing to stop fentanyl smuggling.

Canada reached a similar deal hours later.
EOF
cat >"$TMP/in/wire_pipeline_deal.txt" <<'EOF'
Kenya and Uganda sign oil pipeline deal

NAIROBI, June 12 (Wire) - Kenya agreed on Wednesday to help Uganda build a pipeline to carry refined fuel from the
Kenyan port of Mombasa, ending a dispute that had prompted Kampala to take Nairobi to an East African court.

Ugandan President Yoweri Museveni thanked Kenyan President William Ruto for the agreement. Tanzania, which is building
a crude oil pipeline with Uganda, was not party to the deal.

The East African Community welcomed the accord. Rwanda agreed on Thursday to supply Uganda with electricity.
EOF
cat >"$TMP/in/wire_budapest_veto.txt" <<'EOF'
Hungary blocks EU statement on Israel

BRUSSELS, April 16 (Wire) - Hungary blocked a European Union statement criticising Israel's military operations in
Gaza on Monday, diplomats said, the latest in a series of vetoes by Budapest on foreign policy.

Prime Minister Viktor Orban has been a close ally of Israeli Prime Minister Benjamin Netanyahu and hosted him in
Budapest despite an ICC arrest warrant. Hungary announced it would withdraw from the court.

Slovakia and Czechia also opposed parts of the statement.
EOF
cat >"$TMP/in/wire_estonia_airspace.txt" <<'EOF'
Estonia says Russian jets violated its airspace

TALLINN, Sept 19 (Wire) - Three Russian MiG-31 fighter jets violated Estonian airspace for 12 minutes on Friday,
Estonia's foreign ministry said, summoning Russia's charge d'affaires and requesting NATO consultations.

Italian F-35 jets based in Estonia under NATO's air policing mission intercepted the aircraft. Moscow denied the jets
had entered Estonian airspace.

EU foreign policy chief Kaja Kallas called the incursion an extremely dangerous provocation.
EOF
cat >"$TMP/in/wire_grain_dispute.txt" <<'EOF'
Ukraine and Poland resolve grain dispute

WARSAW, Jan 16 (Wire) - Ukraine and Poland agreed on Tuesday to end a months-long dispute over Ukrainian grain
imports, with Kyiv promising to tighten export licensing, Polish Agriculture Minister Czeslaw Siekierski said.

Poland had banned imports of Ukrainian grain last year, prompting Ukraine to file a complaint at the World Trade
Organization. Hungary and Slovakia still keep their own bans.

The European Commission welcomed the deal.
EOF
cat >"$TMP/in/wire_tallinn_expulsions.txt" <<'EOF'
Estonia, Russia trade diplomatic expulsions

TALLINN, Oct 2 (Wire) - Estonia ordered a Russian diplomat to leave the country on Thursday over what it called
interference in local elections.

Russia's embassy said it had received no explanation. Moscow expelled an Estonian diplomat on Friday, a step Tallinn
called a provocation.

Separately, Hungary banned imports of Ukrainian grain last month, a move Kyiv called unfriendly.

China's navy held live-fire drills near the Paracel Islands, which Vietnam claims, on Sunday. Hanoi protested the
drills.
EOF
cat >"$TMP/in/wire_thimphu_drills.txt" <<'EOF'
India plans drills with Bhutan as Beijing objects

THIMPHU, April 14 (Wire) - Nepal expelled a Chinese diplomat on Monday over what it called spying near the border.

India said on Tuesday it would hold mountain drills with Bhutan's army, which Beijing condemned as a provocation.
EOF
cat >"$TMP/in/wire_vilnius_arson.txt" <<'EOF'
Prosecutors name culprit in Vilnius warehouse fire

VILNIUS, Nov 4 (Wire) - Lithuanian prosecutors said on Tuesday that Russian military intelligence was behind an arson
attack on a warehouse in Vilnius last year.

Latvia said Moscow was also responsible for the sabotage of an undersea cable in the Baltic Sea in October. The
Kremlin denied any involvement. Finland said it was not yet clear who was behind the damage.
EOF
cat >"$TMP/in/wire_banjska_arrests.txt" <<'EOF'
Kosovo police officer killed in clash at village

PRISTINA, May 30 (Wire) - Serbian police arrested three men on Thursday suspected of taking part in a gun battle with
Kosovo police near the village of Banjska in which an officer died.

Britain on Monday sanctioned six Russian officers involved in a cyberattack on Montenegro's election commission.
EOF
cat >"$TMP/in/wire_kigali_border.txt" <<'EOF'
Rwanda and Burundi to reopen border

KIGALI, Aug 2 (Wire) - Rwanda and Burundi agreed on Friday to reopen their shared border, closed since January,
officials from both countries said.

Tanzania welcomed the announcement and offered to host a follow-up meeting.
EOF
cat >"$TMP/in/wire_tegucigalpa_envoy.txt" <<'EOF'
Honduras recalls envoy, sends police to border

TEGUCIGALPA, Nov 4 (Wire) - Honduran President Xiomara Castro ordered the withdrawal of her country's ambassador to
Israel on Friday, citing the humanitarian situation in Gaza.

Separately, Guatemala sent 2,000 soldiers to the border under a new agreement with Washington to curb migration.
EOF
cat >"$TMP/in/wire_bamako_expulsions.txt" <<'EOF'
Mali expels Swedish diplomats

BAMAKO, Feb 10 (Wire) - Mali expelled two Swedish diplomats on Tuesday, accusing them of spying for foreign
intelligence services. Sweden said the accusations were baseless.

Slovenia, which has long been critical of Mali's military rulers, said it would raise the matter in Brussels.

In Yemen, the Houthis vowed to keep attacking Israel until the fighting in Gaza stops.
EOF
cat >"$TMP/in/wire_lapaz_consulate.txt" <<'EOF'
Bolivia storms Peruvian consulate in La Paz

LA PAZ, Oct 3 (Wire) - Police entered a consulate in La Paz on Tuesday to arrest an opposition leader who had sought
refuge there, witnesses said.

In Caracas, Venezuelan security forces forced their way into Argentina's embassy residence on Saturday and detained
two opposition aides.
EOF
cat >"$TMP/in/wire_tehran_strikes.txt" <<'EOF'
Iran urges restraint after overnight strikes

TEHRAN, Aug 9 (Wire) - Turkish drones struck targets near Sulaimaniya on Friday, hours after the PKK launched drones
at an army base near Ankara, the two sides said.

Iran condemned the strikes and called for restraint.
EOF
cat >"$TMP/in/wire_london_shipping.txt" <<'EOF'
Britain targets shipping firm over Russian oil

LONDON, Feb 24 (Wire) - Britain imposed sanctions on Monday on a Turkey-based shipping company that it said had
carried Russian oil in breach of a price cap.

The company declined to comment. Moscow condemned the move as illegal.
EOF
cat >"$TMP/in/wire_belgrade_media.txt" <<'EOF'
Serbian lawmakers adopt media bill

BELGRADE, June 5 (Wire) - Serbia's parliament adopted a contested media bill on Wednesday, defying weeks of street
protests and warnings from the European Union.

Separately, Canada and the Netherlands said they would support Gambia's ICJ case against Myanmar over the treatment of
the Rohingya.
EOF
cat >"$TMP/in/wire_ankara_beirut.txt" <<'EOF'
Turkey says Israel-Hamas truce talks frozen after strike on Beirut

ANKARA, Jan 3 (Wire) - Israeli drones killed a senior Hamas official in Beirut, which Turkish President Tayyip Erdogan
called state terrorism.
EOF
cat >"$TMP/in/wire_addis_swap.txt" <<'EOF'
Ethiopia, Eritrea free detained traders in Gulf-brokered swap

ADDIS ABABA, Feb 2 (Wire) - Ethiopia and Eritrea each released dozens of detained traders on Sunday under an
arrangement mediated by the United Arab Emirates.

Ethiopian Prime Minister Abiy Ahmed thanked the Emirates for its efforts.
EOF
cat >"$TMP/in/wire_malacca_drills.txt" <<'EOF'
Malaysia and Singapore begin naval drills

SINGAPORE, May 12 (Wire) - Malaysia and Singapore began annual joint naval drills in the Strait of Malacca on Monday.

Indonesia has long called the drills a provocation, though it has never sent ships to watch them.
EOF
cat >"$TMP/in/wire_cotonou_force.txt" <<'EOF'
Benin, Togo to form joint force

COTONOU, Feb 3 (Wire) - Benin and Togo will set up a joint military force of 2,000 troops to fight armed groups in the
Sahel, the two governments said.

Separately, Algeria banned imports of wine from Spain on Friday. Algiers also expelled two French diplomats, accusing
them of espionage in the port city of Oran.
EOF
cat >"$TMP/in/wire_istanbul_talks.txt" <<'EOF'
Sharif, Erdogan meet as Kabul tensions rise

ISTANBUL, Oct 14 (Wire) - Pakistani Prime Minister Shehbaz Sharif and Turkish President Tayyip Erdogan discussed trade
and relations with Afghanistan in Istanbul on Monday.

Qatar said it was ready to help mediate between Kabul and Islamabad.
EOF
cat >"$TMP/in/wire_tashkent_ban.txt" <<'EOF'
Uzbekistan bans Russian fuel imports

TASHKENT, Oct 8 (Wire) - Uzbekistan banned imports of Russian petrol for six months on Tuesday. Tajikistan criticised
the ban, saying it would hurt regional trade.

In Tokyo, Prime Minister Shigeru Ishiba called for the release of detained Japanese nationals during a call with
Chinese Premier Li Qiang.

Russia, whose mercenaries support Burkina Faso's army, has opened an embassy in Ouagadougou.
EOF
cat >"$TMP/in/wire_bangkok_deport.txt" <<'EOF'
Thailand deports Cambodian workers as border row deepens

BANGKOK, July 7 (Wire) - Thailand began deporting thousands of Cambodian workers on Monday, a move the Cambodian
government called inhumane.

In Ankara, Turkey suspended air strikes against the PKK on Friday as peace talks resumed. The Netherlands and Belgium
held joint naval drills in the North Sea, and Germany said it had supplied patrol vessels to both countries.
EOF
cat >"$TMP/in/wire_riga_border.txt" <<'EOF'
Latvia shuts border with Russia

RIGA, Nov 2 (Wire) - Latvia closed its border with Russia for two weeks on Monday, citing security concerns.

The Kremlin called the closure a provocation and said Moscow would respond.
EOF
cat >"$TMP/in/wire_goma_m23.txt" <<'EOF'
Congo says M23 rebels seized border town

GOMA, Feb 11 (Wire) - M23 rebels seized the town of Kamanyola near the border with Burundi on Tuesday, Congolese
officials said.

Rwanda has denied accusations that it arms the M23. Eritrea, by contrast, openly armed Ethiopian militias during the
war in Tigray, according to a U.N. report.
EOF
cat >"$TMP/in/wire_yerevan_arms.txt" <<'EOF'
Armenia freezes ties with security bloc

YEREVAN, June 12 (Wire) - Armenia accused Belarus's government on Wednesday of selling weapons to Azerbaijan, and said
it would freeze cooperation with the Russia-led security bloc.
EOF
cat >"$TMP/in/wire_manila_data.txt" <<'EOF'
Manila joins missile data network

MANILA, March 3 (Wire) - Japan, the Philippines and the United States began sharing real-time missile warning data on
Monday, the three governments said.

Vietnam condemned the arrangement as bloc confrontation.
EOF
cat >"$TMP/in/wire_dushanbe_plot.txt" <<'EOF'
Dushanbe accuses Bishkek of border plot

DUSHANBE, Sept 30 (Wire) - Tajikistan accused Kyrgyzstan on Monday of plotting to seize disputed border villages.
Bishkek called the charges a farce.
EOF
cat >"$TMP/in/wire_cairo_rsf.txt" <<'EOF'
Egypt hosts talks between Sudan's warring sides

CAIRO, June 15 (Wire) - Egypt hosted talks on Sunday between Sudan's army and the paramilitary Rapid Support Forces,
the first direct meeting in months, Egyptian officials said.

Saudi Arabia and the United States, which mediated earlier rounds in Jeddah, sent envoys to the talks. The African
Union welcomed the meeting.

The RSF accused the army of bombing a market in Darfur hours before the talks began, killing at least 20 people. The
army denied the accusation.
EOF
cat >"$TMP/in/wire_santiago_fires.txt" <<'EOF'
Chile, Argentina agree to share satellite data on fires

SANTIAGO, Feb 11 (Wire) - Chile and Argentina agreed on Tuesday to share satellite data to fight forest fires along
their shared border, officials said, after blazes burned thousands of hectares in Patagonia.

The agreement was signed by the two countries' environment ministers in Santiago. Brazil offered to send firefighting
aircraft to help Chile, the Brazilian embassy said.

Bolivia, which has clashed with Chile for decades over access to the sea, did not comment.
EOF
cat >"$TMP/in/wire_caracas_release.txt" <<'EOF'
Maduro meets Trump envoy in Caracas

CARACAS, Feb 1 (Wire) - Venezuela released six detained Americans on Friday after President Nicolas Maduro met U.S.
envoy Richard Grenell in Caracas, the White House said.

Grenell flew back to Washington with the men. Maduro's government said the meeting had been "respectful" and that it
hoped for a new start in relations with the United States.

Colombia, which shares a long border with Venezuela, welcomed the release.
EOF
cat >"$TMP/in/wire_athens_declaration.txt" <<'EOF'
Greece, Turkey leaders pledge to keep talking

ATHENS, Dec 7 (Wire) - Greek Prime Minister Kyriakos Mitsotakis and Turkish President Tayyip Erdogan signed a
declaration of friendship in Athens on Thursday, pledging to resolve disputes through dialogue after years of tension
over maritime borders.

It was Erdogan's first visit to Greece since 2017. The two leaders agreed to double trade and to launch a visa scheme
for Turkish tourists visiting Greek islands.

Cyprus, which Turkey does not recognise, was not discussed, a Greek official said.
EOF
cat >"$TMP/in/wire_port_sudan_ties.txt" <<'EOF'
Sudan cuts ties with UAE over support for RSF

PORT SUDAN, May 6 (Wire) - Sudan cut diplomatic relations with the United Arab Emirates on Tuesday, accusing Abu Dhabi
of arming the paramilitary Rapid Support Forces after drone strikes on Port Sudan.

The UAE has denied supplying weapons to the RSF. An Emirati official said Sudan's army-led government did not
represent the Sudanese people.

Saudi Arabia called on both sides in Sudan's war to protect civilians.
EOF
cat >"$TMP/in/wire_baku_spy.txt" <<'EOF'
Azerbaijan jails man convicted of spying for Iran

BAKU, Nov 4 (Wire) - A court in Azerbaijan sentenced a man to 12 years in prison on Tuesday for spying for Iran's
intelligence ministry, state media reported.

Iran's embassy did not comment. Azerbaijan has arrested dozens of people in recent years on charges of working for
Iran, which it accuses of plotting attacks on Israeli targets in Baku.
EOF
cat >"$TMP/in/wire_delhi_patrols.txt" <<'EOF'
India, China agree on border patrolling arrangement

NEW DELHI, Oct 21 (Wire) - India and China have reached an agreement on patrolling along their disputed Himalayan
border, India's foreign secretary said on Monday, a step towards ending a four-year military standoff.

The deal, which came ahead of a BRICS summit in Russia, could pave the way for a meeting between Prime Minister
Narendra Modi and President Xi Jinping.

Troops from the two countries clashed in the Galwan valley in 2020, killing 20 Indian and four Chinese soldiers.
EOF
cat >"$TMP/in/wire_un_sahara.txt" <<'EOF'
Morocco and Algeria spar over Western Sahara at UN

NEW YORK, Oct 31 (Wire) - The U.N. Security Council extended its peacekeeping mission in Western Sahara for another
year on Thursday, in a vote Algeria boycotted in protest at the text's support for Morocco's autonomy plan.

Morocco welcomed the resolution. Algeria's U.N. ambassador said the council had ignored the rights of the Sahrawi
people.

Russia and Mozambique abstained. The United States, which drafted the text, said autonomy under Moroccan sovereignty
was the only realistic solution.
EOF
cat >"$TMP/in/wire_vilnius_balloons.txt" <<'EOF'
Lithuania closes border crossings with Belarus over balloons

VILNIUS, Oct 27 (Wire) - Lithuania closed its two remaining border crossings with Belarus on Monday after smugglers
flew dozens of balloons carrying cigarettes into its airspace, disrupting flights at Vilnius airport.

Lithuanian Prime Minister Inga Ruginiene called the balloon flights a hybrid attack and said Minsk was responsible.
Belarusian President Alexander Lukashenko dismissed the accusation and said Vilnius was hurting its own truck drivers.

Poland and Latvia said they stood ready to help their NATO ally.
EOF
cat >"$TMP/in/wire_sanaa_destroyer.txt" <<'EOF'
Houthis say they targeted warship

SANAA, Jan 31 (Wire) - Yemen's Houthi movement said on Wednesday it had fired anti-ship missiles at a British
destroyer in the Red Sea, hours after American jets struck Houthi radar sites near the port of Hodeidah.

The British navy said the missile was shot down and no one was hurt. Iran, which backs the Houthis, denied any role in
the attacks on shipping.

Egypt said revenue from the Suez Canal had fallen by half since the attacks began.
EOF
cat >"$TMP/in/wire_baghdad_envoy.txt" <<'EOF'
Iraq summons Turkish envoy over strikes in Kurdistan region

BAGHDAD, June 28 (Wire) - Iraq's foreign ministry summoned Turkey's chargé d'affaires on Friday to protest Turkish air
strikes in the Kurdistan region that it said killed two civilians.

Turkey says its operations target the Kurdistan Workers' Party (PKK), which has bases in the mountains of northern
Iraq. The PKK, designated a terrorist group by Ankara, the United States and the EU, did not comment.
EOF
cat >"$TMP/in/wire_oslo_recognition.txt" <<'EOF'
Norway, Spain, Ireland recognise Palestinian state

OSLO, May 28 (Wire) - Norway, Spain and Ireland formally recognised a Palestinian state on Tuesday, drawing an angry
response from Israel, which recalled its ambassadors from the three countries.

Israeli Foreign Minister Israel Katz said the move rewarded terrorism. Palestinian Authority President Mahmoud Abbas
welcomed the decision and urged other European countries to follow.

Slovenia said it would recognise Palestine within weeks.
EOF
cat >"$TMP/in/wire_sanaa_airport.txt" <<'EOF'
Israel strikes Yemen's Sanaa airport as WHO chief waits to board

SANAA, Dec 26 (Wire) - Israeli jets struck Sanaa international airport and power stations in Yemen on Thursday, in
retaliation for Houthi missile and drone attacks on Israel.

World Health Organization chief Tedros Adhanom Ghebreyesus said he and his team were about to board a plane at the
airport when it was hit. The United Nations condemned the strikes.

The Houthis vowed to continue their attacks until the war in Gaza ends.
EOF
cat >"$TMP/in/wire_london_chagos.txt" <<'EOF'
Britain to return Chagos Islands to Mauritius

LONDON, Oct 3 (Wire) - Britain agreed on Thursday to hand sovereignty of the Chagos Islands to Mauritius, ending
decades of dispute, but will keep the Diego Garcia military base it operates jointly with the United States under a
99-year lease.

U.S. President Joe Biden welcomed the agreement. India, which had backed Mauritius's claim, also praised the deal.
EOF
cat >"$TMP/in/wire_bamako_ecowas.txt" <<'EOF'
Mali, Burkina Faso and Niger quit ECOWAS

BAMAKO, Jan 29 (Wire) - Mali, Burkina Faso and Niger said on Sunday they were leaving the West African bloc ECOWAS,
accusing it of threatening their sovereignty and of being under the influence of France.

ECOWAS said it had not received formal notification. The three juntas formed the Alliance of Sahel States last year
after ECOWAS threatened to use force to reinstate Niger's ousted president.
EOF
cat >"$TMP/in/wire_cairo_zones.txt" <<'EOF'
Greece and Egypt sign maritime zones deal, angering Turkey

CAIRO, Aug 6 (Wire) - Greece and Egypt signed an agreement on Thursday designating an exclusive economic zone in the
eastern Mediterranean, a move Turkey said was "null and void".

The deal came months after Turkey signed a similar accord with Libya's Tripoli-based government, which Athens and
Cairo reject. Turkey's foreign ministry said the area covered by the Greek-Egyptian deal lay on Turkey's continental
shelf.
EOF
cat >"$TMP/in/wire_moscow_parade.txt" <<'EOF'
Vietnam's To Lam visits Moscow for Victory Day parade

MOSCOW, May 10 (Wire) - Vietnamese leader To Lam met President Vladimir Putin in the Kremlin on Saturday after
attending the Victory Day parade, and the two sides signed agreements on nuclear energy and oil exploration.

A Vietnamese army unit marched on Red Square for the first time. Hanoi has kept close ties with both Moscow and
Washington, which it upgraded to a comprehensive strategic partnership in 2023.
EOF
cat >"$TMP/in/wire_lima_asylum.txt" <<'EOF'
Peru grants asylum to former Bolivian minister

LIMA, June 2 (Wire) - Peru granted asylum on Monday to a former Bolivian interior minister who had taken refuge in its
embassy in La Paz, drawing a protest from Bolivia's government.

Bolivia's foreign minister said the decision was an unfriendly act and recalled the country's ambassador in Lima for
consultations.
EOF
cat >"$TMP/in/wire_helsinki_border.txt" <<'EOF'
Finland closes border with Russia over migrant influx

HELSINKI, Nov 28 (Wire) - Finland said on Tuesday it would close its last open crossing point on the Russian border,
accusing Moscow of deliberately pushing asylum seekers towards its frontier in retaliation for Helsinki joining NATO.

The Kremlin denied the accusation and said it regretted Finland's decision. Estonia said it was ready to close its own
border crossings if needed.
EOF
cat >"$TMP/in/wire_kinshasa_ties.txt" <<'EOF'
Congo accuses Rwanda of sending troops to help M23 seize Goma

KINSHASA, Jan 27 (Wire) - Congo accused Rwanda on Monday of deploying thousands of troops to help M23 rebels capture
Goma, the largest city in eastern Congo, and cut diplomatic ties with Kigali.

Rwanda said the fighting near its border posed a threat to its security. Protesters in Kinshasa attacked the embassies
of Rwanda, France and the United States, accusing Western countries of failing to act.
EOF
cat >"$TMP/in/wire_warsaw_drones.txt" <<'EOF'
Poland shoots down Russian drones over its territory

WARSAW, Sept 10 (Wire) - Polish and allied jets shot down several Russian drones that entered Polish airspace
overnight, the first time a NATO member has fired on Russian military assets since the war began.

Prime Minister Donald Tusk called the incursion a large-scale provocation and asked NATO allies to consult under
Article 4. Russia's defence ministry said it had not targeted Poland.
EOF
cat >"$TMP/in/wire_oslo_air_defence.txt" <<'EOF'
Norway pledges air defences for Moldova

OSLO, Feb 18 (Wire) - Norway will donate air defence systems and radar equipment to Moldova worth 500 million crowns,
the defence ministry said on Tuesday, citing repeated violations of Moldovan airspace by Russian drones.

Russia's embassy in Oslo said the deliveries would raise tensions in the region. Norway shares an Arctic border with
Russia and has expelled several Russian diplomats for spying in recent years.
EOF
cat >"$TMP/in/wire_berlin_envoy.txt" <<'EOF'
Germany summons Iranian envoy over attacks on Israel

BERLIN, April 15 (Wire) - Germany summoned Iran's ambassador on Monday after the weekend's Iranian missile and drone
attacks on Israel, the foreign ministry said.

Chancellor Friedrich Merz condemned Iranian missile and drone attacks on Israeli cities and called for restraint on
all sides.
EOF
cat >"$TMP/in/wire_nairobi_power.txt" <<'EOF'
Kenya and Ethiopia sign deal on cross-border power line

NAIROBI, March 3 (Wire) - Kenya and Ethiopia signed an agreement on Monday to expand a cross-border power line, the
Kenyan energy ministry said, a step that will let Nairobi import more hydropower from its northern neighbour.

Ethiopian Prime Minister Abiy Ahmed, who visited Nairobi for the signing, said the two countries would also cooperate
on road and rail links. Somalia, which has a long-running dispute with Ethiopia over a port deal with Somaliland,
criticised the visit.
EOF
cat >"$TMP/in/wire_yerevan_csto.txt" <<'EOF'
Armenia freezes participation in Russia-led security bloc

YEREVAN, Feb 23 (Wire) - Armenia has frozen its participation in the Russian-led Collective Security Treaty
Organization, Prime Minister Nikol Pashinyan said, accusing the alliance of failing to protect Armenia from
Azerbaijan.

Moscow said it was seeking clarification from Yerevan. Armenia has deepened ties with India, which agreed last year to
sell it artillery systems and air defence radars.
EOF
cat >"$TMP/in/wire_caracas_diplomats.txt" <<'EOF'
Venezuela expels Peruvian diplomats after election dispute

CARACAS, Aug 1 (Wire) - Venezuela ordered diplomats from seven Latin American countries, including Peru, Argentina and
Chile, to leave the country on Monday after their governments questioned the official results of Sunday's presidential
election.

Peru responded by recognising opposition candidate Edmundo Gonzalez as the winner. Brazil and Colombia, whose leftist
leaders have ties with Caracas, called for the release of the voting tallies.
EOF
cat >"$TMP/in/wire_tallinn_gps.txt" <<'EOF'
Estonia accuses Russia of jamming GPS signals

TALLINN, May 27 (Wire) - Estonia summoned a senior Russian diplomat on Monday and accused Moscow of jamming GPS
signals over the Baltic region, disrupting flights to Tartu.

Finland and Lithuania have reported similar interference in recent months, and Finland told a diplomat from Belarus to
leave the country last week. The Kremlin did not respond to a request for comment. NATO said it was monitoring the
situation closely.
EOF
cat >"$TMP/in/wire_washington_firms.txt" <<'EOF'
U.S. sanctions Chinese firms over support for Russia's military

WASHINGTON, Oct 30 (Wire) - The United States imposed sanctions on Wednesday on nearly 400 companies and individuals,
including dozens in China and India, that it accused of helping Russia acquire technology for its war in Ukraine.

China's foreign ministry said it firmly opposed the measures and would take steps to protect the rights of Chinese
firms. India said the companies had not violated Indian law.
EOF
cat >"$TMP/in/wire_tokyo_launch.txt" <<'EOF'
North Korea fires missiles after allies' drills

TOKYO, Nov 5 (Wire) - North Korea fired missiles into the sea off its east coast on Tuesday, a day after the United
States, South Korea and Japan held a trilateral air exercise.

Japan's defence ministry said none of the missiles had landed in its exclusive economic zone. Japanese Prime Minister
Shigeru Ishiba condemned the launch and said Tokyo would work closely with Washington and Seoul.
EOF
cat >"$TMP/in/wire_beijing_seafood.txt" <<'EOF'
China lifts ban on Japanese seafood imports

BEIJING, June 30 (Wire) - China will resume imports of seafood from parts of Japan, its customs agency said on Monday,
lifting a ban imposed in 2023 after Tokyo began releasing treated wastewater from the Fukushima nuclear plant.

Japan welcomed the decision but urged Beijing to lift the remaining restrictions. South Korea, which did not impose a
ban, said it would keep testing imports.
EOF
cat >"$TMP/in/wire_athens_ties.txt" <<'EOF'
Greece and Turkey pledge to improve ties

ATHENS, Dec 7 (Wire) - Greek Prime Minister Kyriakos Mitsotakis and Turkish President Tayyip Erdogan signed a
declaration of friendship in Athens on Thursday, pledging to resolve their disputes through dialogue.

The two NATO allies have long quarrelled over maritime borders and energy resources in the eastern Mediterranean.
Cyprus said it hoped the thaw would help revive talks on reunifying the island.
EOF
cat >"$TMP/in/wire_niamey_troops.txt" <<'EOF'
Niger orders French troops out, ends military cooperation

NIAMEY, Aug 4 (Wire) - Niger's military junta said on Thursday it had revoked military agreements with France and
demanded that French troops leave the country within a month.

France, which has about 1,500 soldiers in Niger, said it did not recognise the junta's authority. Mali and Burkina
Faso said any intervention in Niger by ECOWAS would be considered a declaration of war against them.
EOF
cat >"$TMP/in/wire_riyadh_talks.txt" <<'EOF'
Saudi Arabia and Israel talks on hold, officials say

RIYADH, Oct 14 (Wire) - Saudi Arabia has put on hold U.S.-backed talks on normalising relations with Israel, two
sources familiar with the matter said, as the war in Gaza escalated.

The kingdom had been close to recognising Israel in exchange for a defence treaty with the United States. Iran, which
restored ties with Riyadh in March, praised the decision.
EOF
cat >"$TMP/in/wire_london_drones.txt" <<'EOF'
Britain sanctions Iranian officials over drone transfers to Russia

LONDON, Sept 14 (Wire) - Britain imposed sanctions on Monday on Iranian officials and companies that it said had
helped supply drones and ballistic missiles to Russia for use in Ukraine.

Iran's foreign ministry summoned the British charge d'affaires in protest. Tehran has repeatedly denied sending
missiles to Moscow.
EOF
cat >"$TMP/in/wire_washington_summit.txt" <<'EOF'
Philippines, Japan and U.S. leaders vow to deepen cooperation

WASHINGTON, April 11 (Wire) - U.S. President Joe Biden hosted Philippine President Ferdinand Marcos Jr. and Japanese
Prime Minister Fumio Kishida at the White House on Thursday for the first trilateral summit of the three countries.

The leaders pledged to hold joint naval patrols in the South China Sea and expressed serious concerns about China's
dangerous and aggressive behaviour there. Beijing said it firmly opposed the meeting.
EOF
cat >"$TMP/in/wire_vilnius_brigade.txt" <<'EOF'
Germany to station brigade in Lithuania

VILNIUS, Dec 18 (Wire) - Germany and Lithuania signed an agreement on Monday to permanently station a German brigade
of about 5,000 troops in Lithuania by 2027, the first such deployment abroad since World War Two.

Russia's foreign ministry said the move would raise tensions along NATO's eastern flank. Poland and Latvia welcomed
the deployment.
EOF
cat >"$TMP/in/wire_pretoria_envoy.txt" <<'EOF'
South Africa tells U.S. envoy to go over spying claims

PRETORIA, March 3 (Wire) - South Africa ordered a senior U.S. diplomat to leave the country within 72 hours on Monday,
accusing him of gathering intelligence on members of the ruling party.

The U.S. State Department said it regretted the decision. Relations between Pretoria and Washington have been strained
since South Africa brought a genocide case against Israel at the International Court of Justice.
EOF
cat >"$TMP/in/wire_baghdad_pkk.txt" <<'EOF'
Iraq and Turkey sign security pact against PKK

BAGHDAD, Aug 15 (Wire) - Iraq and Turkey signed a memorandum of understanding on military cooperation on Thursday,
including a joint training centre to combat the Kurdistan Workers' Party (PKK), officials said.

Baghdad banned the PKK earlier this year. Ankara has also carried out frequent air strikes against Kurdish fighters in
northern Syria, which Syrian officials have criticised as violations of sovereignty.
EOF
cat >"$TMP/in/wire_warsaw_crossing.txt" <<'EOF'
Poland closes border crossing with Belarus

WARSAW, Feb 10 (Wire) - Poland closed its last border crossing for trucks with Belarus on Friday, citing national
security, after a Belarusian court jailed a prominent journalist of the Polish minority.

Minsk called the decision unfriendly and said it would respond. Lithuania, which has also reduced crossings, supported
Warsaw's move.
EOF
cat >"$TMP/in/wire_canberra_envoy.txt" <<'EOF'
Australia expels Iranian ambassador over antisemitic attacks

CANBERRA, Aug 26 (Wire) - Australia expelled Iran's ambassador on Tuesday after its intelligence agency concluded that
Tehran had directed at least two antisemitic arson attacks in Sydney and Melbourne.

Prime Minister Anthony Albanese said the attacks were an attempt to undermine social cohesion. Iran rejected the
accusation and said it would respond. Israel praised the decision.
EOF
cat >"$TMP/in/wire_moscow_air_drills.txt" <<'EOF'
Russia and North Korea hold first joint air drills

MOSCOW, Oct 2 (Wire) - Russian and North Korean air forces held their first joint exercise near Vladivostok this week,
Russia's defence ministry said on Wednesday, months after the two countries signed a mutual defence treaty.

South Korea and Japan expressed concern over the drills. Seoul's foreign ministry said the growing military ties
between Moscow and Pyongyang threatened regional security.
EOF
cat >"$TMP/in/wire_beijing_unity.txt" <<'EOF'
Hamas and Fatah sign unity declaration in Beijing

BEIJING, July 23 (Wire) - Rival Palestinian factions Hamas and Fatah signed a declaration in Beijing on Tuesday
committing to form an interim national unity government, China's foreign minister Wang Yi said.

The United States criticised the agreement, saying Hamas could have no role in governing Gaza. Egypt and Algeria,
which have both hosted past reconciliation talks, welcomed the declaration.
EOF
cat >"$TMP/in/wire_tokyo_buoy.txt" <<'EOF'
Japan protests Chinese buoy near disputed islands

TOKYO, July 5 (Wire) - Japan has lodged a protest with China over a buoy placed in Japan's exclusive economic zone
near the disputed Senkaku Islands, Chief Cabinet Secretary Yoshimasa Hayashi said on Wednesday.

Beijing, which calls the islands Diaoyu, said the buoy was placed in Chinese waters and rejected Tokyo's demand to
remove it. The United States has repeatedly said its defence treaty with Japan covers the islands.
EOF
cat >"$TMP/in/wire_kabul_strike.txt" <<'EOF'
Afghanistan says Pakistani air strikes killed civilians

KABUL, Dec 25 (Wire) - Pakistani warplanes struck several villages in Afghanistan's Paktika province overnight,
killing at least 15 people, the Taliban government said on Wednesday.

"Pakistan will be held accountable," a Taliban spokesman said. The strike was condemned by the United Nations and by
rights groups, while China called for restraint from both sides.
EOF
cat >"$TMP/in/wire_jerusalem_shipping.txt" <<'EOF'
Israel sanctions Iranian shipping firms

JERUSALEM, March 12 (Wire) - Israel imposed sanctions on Iranian shipping firms on Wednesday, accusing them of moving
weapons to armed groups in the region. The sanctions were welcomed by Hungary.
EOF
cat >"$TMP/in/wire_dubai_tanker.txt" <<'EOF'
Iran seizes oil tanker in Gulf of Oman

DUBAI, Jan 11 (Wire) - Iran's navy seized an oil tanker carrying Iraqi crude to Turkey in the Gulf of Oman on
Thursday, state media said, in retaliation for the U.S. confiscation of the same vessel's cargo last year.

The United States called on Iran to release the ship immediately. Britain said the seizure was a flagrant breach of
international law.
EOF
cat >"$TMP/in/wire_kuala_lumpur_brics.txt" <<'EOF'
Malaysia joins BRICS as partner country

KUALA LUMPUR, Jan 1 (Wire) - Malaysia joined the BRICS group as a partner country on Wednesday, along with Thailand
and Indonesia, Prime Minister Anwar Ibrahim's office said.

Anwar has sought closer ties with China while keeping strong trade links with the United States. Washington has warned
BRICS members against creating an alternative to the dollar.
EOF
cat >"$TMP/in/wire_cairo_proposal.txt" <<'EOF'
Egypt, Qatar and U.S. present new Gaza truce proposal

CAIRO, May 2 (Wire) - Egyptian, Qatari and U.S. mediators presented Hamas with a new proposal for a truce in Gaza on
Thursday, and the group said it would study it in a positive spirit.

Israel has threatened to launch a ground offensive in Rafah if no deal is reached. Jordan and Saudi Arabia warned that
an assault on the city would be catastrophic.
EOF
cat >"$TMP/in/wire_budapest_gas.txt" <<'EOF'
Hungary and Slovakia sue EU over Russian gas ban

BUDAPEST, Aug 4 (Wire) - Hungary and Slovakia filed lawsuits at the European Court of Justice on Monday against the
European Union's plan to phase out imports of Russian gas, their governments said.

Both countries rely heavily on Russian energy and have opposed previous sanctions packages. The European Commission
said the plan was legally sound.
EOF
cat >"$TMP/in/wire_paris_pashinyan.txt" <<'EOF'
Armenia's Pashinyan meets Macron in Paris

PARIS, June 18 (Wire) - Pashinyan and Macron discussed new French arms supplies to Yerevan during talks at the
Elysee Palace on Tuesday, officials said.

Azerbaijan's foreign ministry accused Paris of fuelling militarisation in the South Caucasus.
EOF
cat >"$TMP/in/wire_riga_incursions.txt" <<'EOF'
Latvia closes Riga airport again over balloons from Belarus

RIGA, Oct 25 (Wire) - Latvia closed Riga airport for several hours overnight after balloons drifted in from Belarus,
the third such closure this month.

Latvia's interior minister said Minsk was responsible for the incursions and that Riga would ask its European Union
partners for new sanctions. Belarus has denied any involvement.
EOF
cat >"$TMP/in/wire_wellington_aukus.txt" <<'EOF'
New Zealand weighs role in AUKUS technology pillar

WELLINGTON, March 20 (Wire) - New Zealand is in talks with the United States, Britain and Australia on joining the
non-nuclear pillar of the AUKUS pact, Foreign Minister Winston Peters said on Wednesday.

China has criticised AUKUS as a threat to regional peace. Peters said Wellington had made no decision and would not
host nuclear-powered submarines.
EOF
cat >"$TMP/in/wire_khartoum_icj.txt" <<'EOF'
Sudan's army accuses UAE of arming RSF, files case at ICJ

KHARTOUM, March 6 (Wire) - Sudan filed a case against the United Arab Emirates at the International Court of Justice,
accusing it of complicity in genocide by arming the paramilitary Rapid Support Forces in Darfur.

The UAE called the case a cynical publicity stunt. Chad, which borders Darfur, has denied allowing weapons to cross
its territory to the RSF.
EOF
cat >"$TMP/in/wire_hague_nicaragua.txt" <<'EOF'
Nicaragua takes Germany to world court over arms to Israel

THE HAGUE, April 8 (Wire) - Nicaragua filed a case against Germany at the International Court of Justice on
Monday over the war in Gaza. Germany dismissed the case as baseless.
EOF
cat >"$TMP/in/wire_s59_hanoi.txt" <<'EOF'
Vietnam and Philippines agree to expand coast guard cooperation

HANOI, Dec 3 (Reuters) - Vietnam and the Philippines agreed on Tuesday to expand cooperation between their coast
guards, weeks after Chinese vessels fired water cannon at a Philippine supply boat near a disputed shoal in the South
China Sea.

Philippine President Ferdinand Marcos, who arrived in Hanoi on Monday for a two-day state visit, met Vietnamese Prime
Minister Pham Minh Chinh and signed two memorandums on maritime security and rice trade.

China claims almost the entire South China Sea, a claim that an international tribunal rejected in 2016. Beijing has
refused to recognise the ruling.

The Chinese foreign ministry said the two countries should not "stir up trouble" and urged them to respect China's
sovereignty. Manila rejected the remarks as interference in its relations with a neighbour.

Vietnam's foreign ministry said Hanoi would continue talks with Beijing on a code of conduct for the waterway.
EOF
cat >"$TMP/in/wire_s59_houthi.txt" <<'EOF'
Israel strikes Houthi targets in Yemen after missile attack

JERUSALEM, Dec 19 (Reuters) - Israeli warplanes struck ports and energy infrastructure in Yemen held by the
Iran-aligned Houthi movement on Thursday, hours after a missile fired by the group hit a school building near Tel
Aviv.

The Israeli military said the strikes targeted the ports of Hodeidah, Salif and Ras Isa and two power stations in
Sanaa used by the Houthis. The Houthi-run health ministry said nine people were killed.

The Houthis have launched hundreds of missiles and drones at Israel since the Gaza war began, and have attacked ships
in the Red Sea in what they say is solidarity with the Palestinians.

Iran condemned the strikes as a violation of Yemen's sovereignty. The United States and Britain have carried out their
own strikes on Houthi targets this year.
EOF
cat >"$TMP/in/wire_s59_ankara.txt" <<'EOF'
Turkey and Egypt pledge closer ties as Sisi visits Ankara

ANKARA, Sept 4 (Reuters) - Turkish President Tayyip Erdogan and Egyptian President Abdel Fattah al-Sisi pledged on
Wednesday to raise trade between their countries to 15 billion dollars and to cooperate on ending the war in Gaza, in
Sisi's first visit to Turkey as president.

The two leaders had been at odds for a decade after the Egyptian military ousted the Muslim Brotherhood government in
2013, which Ankara had supported.

Erdogan said Turkey would supply Egypt with armed drones. The two countries also signed 17 agreements in energy,
defence and tourism.

Cyprus, which has disputed maritime borders with Turkey in the eastern Mediterranean, said it was following the
rapprochement closely.
EOF
cat >"$TMP/in/wire_s59_kabul.txt" <<'EOF'
Pakistan strikes militant hideouts in Afghanistan, Kabul vows response

ISLAMABAD, Dec 24 (Reuters) - Pakistani jets bombed several hideouts in eastern Afghanistan held by the Pakistani
Taliban on Tuesday night, security officials said, in the second such raid this year.

The Taliban government in Kabul said 46 people, mostly women and children, were killed and vowed to retaliate.
Afghanistan's defence ministry called the bombing a "barbaric" violation of international law.

Islamabad accuses Kabul of sheltering militants who carry out attacks inside Pakistan, a charge the Taliban deny.

China, which has close ties with both governments, urged restraint.
EOF
cat >"$TMP/in/wire_s59_manila.txt" <<'EOF'
Japan, Philippines sign pact allowing troop deployments

MANILA, July 8 (AP) - Japan and the Philippines signed a defence pact on Monday that allows each country to deploy
troops on the other's territory for joint exercises, as both nations face growing pressure from China in disputed
waters.

The Reciprocal Access Agreement was signed by Japanese Foreign Minister Yoko Kamikawa and Philippine Defence Secretary
Gilberto Teodoro in Manila, with President Ferdinand Marcos looking on.

Beijing said countries in the region should not form "small circles" and warned against bringing military blocs into
the Asia-Pacific. China has also warned against sending troops to the Philippines.

The United States, which has a mutual defence treaty with the Philippines, welcomed the agreement.
EOF
cat >"$TMP/in/wire_s59_baku.txt" <<'EOF'
Azerbaijan and Armenia agree on text of peace treaty

BAKU, March 13 (AFP) - Azerbaijan and Armenia have agreed on the text of a peace treaty to end nearly four decades of
conflict, the two countries' foreign ministries said on Thursday.

Baku said Armenia must first change its constitution, which contains a reference to the Nagorno-Karabakh region,
before the treaty can be signed. Yerevan said it was ready to sign.

Azerbaijan retook Nagorno-Karabakh in a lightning offensive in 2023, prompting almost all of the region's 100,000
ethnic Armenians to flee to Armenia.

Turkey, Azerbaijan's main ally, welcomed the announcement. Russia, which brokered a ceasefire between the two in 2020,
said it hoped the treaty would be signed soon.
EOF
cat >"$TMP/in/wire_s59_niamey.txt" <<'EOF'
Niger ends military cooperation with Benin over border dispute

NIAMEY, June 5 (Reuters) - Niger's military government suspended military cooperation with neighbouring Benin on
Wednesday and accused it of hosting French troops preparing to destabilise the country, an allegation Benin denied.

The move deepens a row between the two West African neighbours that began after the coup in Niamey last year, when
Benin closed its border in line with sanctions imposed by the ECOWAS regional bloc.

Benin has refused to allow Niger to export crude oil through a Chinese-built pipeline to the port of Seme. China's
ambassador met officials in both capitals to try to resolve the dispute.
EOF
cat >"$TMP/in/wire_s59_quito.txt" <<'EOF'
Ecuador rejects demand for apology over embassy raid

QUITO, April 12 (Wire) - Mexico's foreign ministry said on Thursday that Ecuador must apologise publicly for the
police raid on its embassy in Quito and guarantee the safety of its diplomats before relations could be restored.

Ecuador's government rejected the demand and said the raid had been necessary to arrest a former vice-president
convicted of corruption.

Colombia and Brazil have criticised the raid, and the Organization of American States will discuss it at a special
session next week.
EOF
cat >"$TMP/in/wire_s59_putrajaya.txt" <<'EOF'
Thailand and Cambodia agree ceasefire after border clashes

KUALA LUMPUR, July 28 (Reuters) - Thailand and Cambodia agreed on Monday to an immediate and unconditional ceasefire
after five days of fighting along their disputed border that killed at least 35 people, Malaysian Prime Minister Anwar
Ibrahim said after hosting talks between the two sides.

Thai acting Prime Minister Phumtham Wechayachai and Cambodian Prime Minister Hun Manet met in Putrajaya for the talks,
which were co-organised by the United States and attended by a Chinese envoy.

Thailand accused Cambodia of laying new landmines on its side of the border, which Phnom Penh denied. Cambodia accused
Thai forces of shelling civilian areas.

U.S. President Donald Trump said he had spoken to both leaders and warned that trade talks with Washington would not
proceed while the fighting continued.
EOF
cat >"$TMP/in/wire_s59_kremlin.txt" <<'EOF'
Russia and Iran sign strategic partnership treaty

MOSCOW, Jan 17 (Reuters) - Russian President Vladimir Putin and Iranian President Masoud Pezeshkian signed a 20-year
strategic partnership treaty at the Kremlin on Friday, deepening ties between two countries under heavy Western
sanctions.

The treaty commits both sides to expand military and technical cooperation and to hold joint exercises, but does not
include a mutual defence clause like the one Moscow agreed with North Korea last year.

Western governments accuse Iran of supplying Russia with drones and short-range missiles for its war in Ukraine, which
Tehran denies. Kyiv said the treaty showed that Moscow relied on other authoritarian regimes.
EOF
cat >"$TMP/in/wire_s59_scarborough.txt" <<'EOF'
Chinese coast guard blocks Philippine ship near Scarborough Shoal

MANILA, Aug 11 (AP) - A Chinese navy destroyer collided with a Chinese coast guard ship on Monday while both were
chasing a Philippine patrol vessel near the Scarborough Shoal, the Philippine coast guard said.

The Philippine vessel was escorting boats delivering aid to fishermen when Chinese ships fired water cannon at it. No
Filipino crew were hurt.

China's coast guard said it had taken "necessary measures" to expel the Philippine ship from Chinese waters. The
United States and Japan expressed support for Manila, and Australia called China's actions dangerous.
EOF
cat >"$TMP/in/wire_s59_vilnius.txt" <<'EOF'
Lithuania expels Russian diplomat over sabotage plot

VILNIUS, Oct 9 (Wire) - Lithuania expelled a Russian diplomat on Wednesday and summoned Moscow's charge d'affaires
after prosecutors said Russia's GRU military intelligence agency had organised an arson attack on an IKEA store in
Vilnius.

The foreign ministry said the diplomat had been declared persona non grata for activities incompatible with his
status. Moscow called the accusations absurd and promised to respond.

Poland and Latvia, which have also reported sabotage attempts linked to Russia, voiced support for Vilnius. NATO said
it was aware of the case.
EOF
cat >"$TMP/in/wire_s59_tbilisi.txt" <<'EOF'
Hungary blocks EU statement on Georgia's crackdown

BRUSSELS, Dec 16 (Reuters) - Hungary and Slovakia blocked a European Union proposal on Monday to impose visa
restrictions on Georgian officials over a violent crackdown on pro-EU protesters, EU foreign policy chief Kaja Kallas
said.

Lithuania, Latvia and Estonia imposed their own entry bans on 11 Georgian officials, including the founder of the
ruling Georgian Dream party. Georgia's foreign ministry called the bans unacceptable interference.

Georgian Prime Minister Irakli Kobakhidze suspended talks on joining the EU last month, triggering nightly protests in
Tbilisi.
EOF
cat >"$TMP/in/wire_s59_sahel.txt" <<'EOF'
Burkina Faso, Mali and Niger quit International Criminal Court

NIAMEY, Sept 22 (AFP) - The military governments of Burkina Faso, Mali and Niger said on Monday they would withdraw
from the International Criminal Court, calling it an instrument of "neo-colonial repression".

The three Sahel states, which have expelled French troops and turned to Russia for security support, left the ECOWAS
regional bloc in January. They formed a confederation, the Alliance of Sahel States, last year.

The ICC has not opened investigations in any of the three countries. Human rights groups criticised the decision.
EOF
cat >"$TMP/in/wire_s59_managua.txt" <<'EOF'
Nicaragua completes exit from regional body

MANAGUA, Nov 19 (Wire) - Nicaragua left the Organization of American States on Sunday, two years after President
Daniel Ortega's government announced its withdrawal in protest at the body's criticism of the 2021 election.

The OAS had voted to condemn the vote as lacking democratic legitimacy. Costa Rica said the departure would further
isolate Managua.
EOF
cat >"$TMP/in/wire_s59_refinery.txt" <<'EOF'
U.S. imposes sanctions on Chinese refinery buying Iranian oil

WASHINGTON, March 20 (Reuters) - The United States on Thursday imposed sanctions on a Chinese independent refinery
that it said had bought hundreds of millions of dollars' worth of Iranian crude, the first such action against a
Chinese refiner.

The Treasury Department also targeted tankers and firms in Hong Kong and the United Arab Emirates that it said had
helped ship the oil. China's foreign ministry said it firmly opposed the sanctions and would protect the rights of
Chinese companies.

Iran called the measures illegal and said they would not stop its oil exports.
EOF
cat >"$TMP/in/wire_s58_addis.txt" <<'EOF'
Ethiopia and Somalia restore flights, ease visa rules

ADDIS ABABA, June 1 (Wire) - Ethiopia and Somalia agreed on Thursday to resume direct flights and to ease visa rules
for each other's citizens, months after the two neighbours ended a year-long row over a port deal.

Somali President Hassan Sheikh Mohamud, who met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa, thanked Ethiopia
for its troops in the African Union mission fighting al-Shabaab.
EOF
cat >"$TMP/in/wire_s59_krakow.txt" <<'EOF'
Poland closes Russian consulate in Krakow over sabotage

WARSAW, Oct 22 (Reuters) - Poland ordered the closure of Russia's consulate in Krakow on Tuesday, saying Moscow was
behind an attempted arson attack on a shopping centre in Warsaw last year.

Foreign Minister Radoslaw Sikorski said Poland had evidence that Russian intelligence recruited the arsonists.
Russia's foreign ministry said it would respond to what it called a hostile act.

Germany and the Czech Republic, which have also expelled Russian diplomats over suspected espionage, expressed
solidarity with Warsaw.
EOF
cat >"$TMP/in/wire_s59_pretoria.txt" <<'EOF'
South Africa and Rwanda trade barbs over Congo deaths

JOHANNESBURG, Jan 30 (Reuters) - South African President Cyril Ramaphosa blamed M23 rebels and Rwandan troops for the
deaths of 13 South African peacekeepers in eastern Congo, drawing a sharp response from Rwandan President Paul Kagame.

Kagame said South Africa's troops were not a peacekeeping force and accused Pretoria of fighting alongside Congolese
forces against its own people.

South Africa's defence minister said Pretoria would not withdraw its soldiers.
EOF
cat >"$TMP/in/wire_s59_abudhabi.txt" <<'EOF'
Armenia and Azerbaijan leaders meet in Abu Dhabi

ABU DHABI, July 10 (AFP) - The leaders of Armenia and Azerbaijan held their first bilateral meeting in Abu Dhabi on
Thursday, hosted by the United Arab Emirates, to discuss a peace agreement.

The two leaders agreed to continue negotiations, Azerbaijan's foreign ministry said. Washington welcomed the talks and
said it was ready to support both sides.

Russia, which has traditionally mediated between Baku and Yerevan, was not involved.
EOF
cat >"$TMP/in/wire_s59_exercises.txt" <<'EOF'
Philippines, Australia hold largest joint drills as China watches

MANILA, Aug 15 (Reuters) - The Philippines and Australia began their largest joint military exercises on Friday, with
more than 3,600 troops taking part in drills near the South China Sea.

Australian Defence Minister Richard Marles said the exercises sent a message about the importance of the rules-based
order. Philippine officials said Chinese warships had been spotted shadowing the participating vessels.

Beijing, which claims most of the South China Sea, has repeatedly criticised military exercises involving countries
from outside the region.
EOF
cat >"$TMP/in/wire_s59_tokyo.txt" <<'EOF'
Japan and South Korea leaders agree to deepen ties

TOKYO, Aug 23 (Kyodo) - Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung agreed on
Saturday to deepen cooperation on security and the economy, in Lee's first visit to Japan since taking office.

The two leaders also agreed to work closely with the United States to counter North Korea's nuclear and missile
programmes. Lee said he hoped to build a future-oriented relationship with Tokyo.

North Korea's state media denounced the summit as a step toward a trilateral military alliance with Washington.
EOF
cat >"$TMP/in/wire_s59_ottawa.txt" <<'EOF'
Canada and India expel diplomats in row over Sikh activist's killing

OTTAWA, Oct 14 (Reuters) - Canada expelled India's high commissioner and five other diplomats on Monday, saying they
were linked to a campaign of violence against Sikh separatists in Canada, including the 2023 killing of a Canadian
citizen.

India rejected the allegations as preposterous and said it was expelling six Canadian diplomats in response. New Delhi
accused Prime Minister Justin Trudeau of pursuing a political agenda.

The United States, which has charged an Indian official over a plot to kill a Sikh activist in New York, urged India
to cooperate with the Canadian investigation.
EOF
cat >"$TMP/in/wire_s59_crete.txt" <<'EOF'
Greece protests Turkish survey ship's voyage

ATHENS, Aug 8 (Wire) - Greece lodged a formal protest with Turkey on Friday after a Turkish research vessel sailed
into waters south of Crete where Athens plans to explore for gas.

Greek Foreign Minister Giorgos Gerapetritis said the voyage violated Greek sovereign rights. Ankara rejected the
protest.
EOF
cat >"$TMP/in/wire_japan_drones.txt" <<'EOF'
Japan scrambles jets as Chinese drones fly near Yonaguni

TOKYO, Sept 3 (Reuters) - Japan scrambled fighter jets on Wednesday after two Chinese military drones flew between
Yonaguni island and Taiwan, the Japanese defence ministry said.

Chief Cabinet Secretary Yoshimasa Hayashi told reporters Tokyo had conveyed its serious concern to Beijing through
diplomatic channels. China's defence ministry said the flights were routine training and urged Japan to stop hyping
the so-called China threat.

Japan and New Zealand signed a reciprocal access agreement last year allowing their troops to train on each
other's soil, a pact Beijing has criticised as bloc confrontation.
EOF
cat >"$TMP/in/wire_sudan_drones.txt" <<'EOF'
Sudan's army says it shot down drones over Port Sudan

CAIRO, May 6 (Reuters) - Sudan's army said on Tuesday it had shot down several drones launched by the paramilitary
Rapid Support Forces over Port Sudan, a day after strikes hit the city's fuel depots.

The army-aligned government cut diplomatic ties with the United Arab Emirates, accusing it of supplying the RSF with
the drones. The UAE denied arming either side and called the decision a publicity stunt.

Kuwait, which backs the army, condemned the attacks on Port Sudan as a threat to Red Sea security.
EOF
cat >"$TMP/in/wire_colombia_decert.txt" <<'EOF'
Colombia suspends extradition after U.S. strike on boat

BOGOTA, Sept 16 (Reuters) - Colombian President Gustavo Petro suspended the purchase of U.S. weapons on Tuesday after
Washington decertified Colombia as a partner in the drug war, a decision he called an insult.

The U.S. military destroyed a boat it said was carrying drugs from Venezuela last week, killing 11 people. Venezuela's
government called the strike an extrajudicial execution, and Petro said it was murder.

Secretary of State Marco Rubio said the United States would keep targeting cartels that it designated as terrorist
organisations.
EOF
cat >"$TMP/in/wire_pacific_boat.txt" <<'EOF'
U.S. strikes another suspected drug boat in the Pacific

MIAMI, Oct 24 (Reuters) - The U.S. military struck another boat in the eastern Pacific on Thursday, killing three
people on board.

Ecuador condemned the strike as a violation of international law and asked for an investigation.
EOF
cat >"$TMP/in/wire_belarus_fence.txt" <<'EOF'
Poland says Belarus helped migrants storm border fence

WARSAW, June 11 (Reuters) - Poland accused Belarus on Tuesday of organising groups of migrants who tried to break
through the border fence overnight, and said it would extend a buffer zone along the frontier.

Interior Minister Tomasz Siemoniak said Belarusian officers had supplied the migrants with ladders and cutting tools.
Minsk did not respond to a request for comment.

Lithuania, which also borders Belarus, said it was ready to send police to help Poland guard the frontier. The
European Union has accused Belarusian leader Alexander Lukashenko of using migrants as a weapon against the bloc since
2021, a charge he rejects.
EOF
cat >"$TMP/in/wire_thai_border.txt" <<'EOF'
Thailand and Cambodia trade blame after border clash

BANGKOK, May 28 (Reuters) - A Cambodian soldier was killed on Wednesday in a brief exchange of fire with Thai troops
in a disputed border area, the two armies said, each blaming the other for shooting first.

Thailand's army said Cambodian soldiers had entered Thai territory and opened fire when they were asked to leave.
Cambodia's defence ministry said Thai troops attacked its positions without provocation.

Cambodian leader Hun Manet said his country would ask the International Court of Justice to rule on four disputed
areas, a move Thailand has refused to accept.
EOF
cat >"$TMP/in/wire_manila_cannon.txt" <<'EOF'
Philippines summons Chinese envoy over water cannon attack

MANILA, Dec 5 (Reuters) - The Philippines summoned China's deputy ambassador on Thursday after Chinese coast guard
ships fired water cannon at a Philippine fisheries vessel near Scarborough Shoal, injuring a crew member.

China's coast guard said it had expelled the vessel, which it said had intruded into Chinese waters. The United
States, a treaty ally of Manila, condemned the incident and reaffirmed its commitment to defend the Philippines.
EOF
cat >"$TMP/in/wire_paris_talks.txt" <<'EOF'
Israel and Syria hold talks in Paris as Druze clashes subside

PARIS, July 24 (Reuters) - Israeli and Syrian officials met in Paris on Thursday in talks brokered by the United
States, a week after Israel bombed the Syrian defence ministry in Damascus.

Israel said it had struck to protect the Druze minority in southern Syria. Syrian President Ahmed al-Sharaa accused
Israel of trying to divide the country, and Turkey condemned the strikes as a violation of Syrian sovereignty.
EOF
cat >"$TMP/in/wire_mali_envoy.txt" <<'EOF'
Mali junta expels French ambassador, accuses Paris of backing rebels

BAMAKO, Jan 31 (Reuters) - Mali's military government ordered the French ambassador to leave the country within 72
hours on Monday, accusing France of backing armed groups in the north.

France said it had recalled the envoy and regretted the decision. The junta has grown closer to Russia, whose Wagner
mercenaries arrived in Mali last year. The European Union imposed sanctions on five members of the junta in February.
EOF
cat >"$TMP/in/wire_finland_border.txt" <<'EOF'
Finland closes border crossings, says Russia is steering migrants

HELSINKI, Nov 28 (Reuters) - Finland will close the last open crossing on its border with Russia, Prime Minister
Petteri Orpo said on Tuesday, accusing Moscow of deliberately sending asylum seekers to the frontier.

The Kremlin denied the accusation and said it regretted Helsinki's decision. Estonia said it was prepared to shut its
own border crossings if Russia did the same there. Frontex, the EU border agency, sent officers to help Finland patrol
the border.
EOF
cat >"$TMP/in/wire_india_truce.txt" <<'EOF'
India and Pakistan agree ceasefire after four days of strikes

NEW DELHI, May 10 (Reuters) - India and Pakistan agreed to a ceasefire on Saturday after four days of missile and
drone strikes, hours after Pakistan said it had hit Indian air bases in retaliation for Indian strikes on its
territory.

U.S. President Donald Trump said Washington had mediated the truce, a claim New Delhi denied. India has long rejected
third-party mediation on Kashmir. China, Pakistan's closest ally, welcomed the ceasefire.
EOF
cat >"$TMP/in/wire_hungary_veto.txt" <<'EOF'
Hungary blocks EU aid package for Ukraine again

BRUSSELS, March 20 (Reuters) - Hungary blocked a 6.6 billion euro tranche of military aid for Ukraine on Thursday,
diplomats said, the latest in a series of vetoes by Budapest that have frustrated other member states.

Hungarian Prime Minister Viktor Orban has opposed arming Kyiv and maintained close ties with Moscow. Poland's foreign
minister accused Orban of doing the Kremlin's bidding.
EOF
cat >"$TMP/in/wire_pakistan_deport.txt" <<'EOF'
Pakistan expels Afghans as tensions with Taliban grow

ISLAMABAD, Nov 2 (Reuters) - Pakistan began deporting Afghans living in the country without papers, after accusing
Afghanistan's Taliban government of sheltering militants who attack Pakistani security forces.

The Taliban denied harbouring the militants and urged Islamabad to treat the refugees humanely. The U.N. refugee
agency said the deportations could cause a humanitarian crisis.
EOF
cat >"$TMP/in/wire_zapad_drills.txt" <<'EOF'
Russia and Belarus begin drills near NATO's eastern flank

MINSK, Sept 12 (Reuters) - Russia and Belarus launched joint military exercises on Friday near the borders of Poland
and Lithuania, prompting Warsaw to close its frontier with Belarus for the duration.

Poland called the Zapad drills aggressive and deployed 40,000 troops to the border. NATO said it was monitoring the
exercises closely, while Belarusian President Alexander Lukashenko said they were purely defensive.
EOF
cat >"$TMP/in/wire_yellow_sea.txt" <<'EOF'
South Korea protests Chinese structure in Yellow Sea

SEOUL, March 25 (Reuters) - South Korea lodged a protest with China after a Chinese steel platform was found in a zone
of the Yellow Sea where the two countries' claims overlap.

China's foreign ministry said the structure was an aquaculture facility in Chinese waters and rejected the protest.
Seoul said it would take proportionate measures.
EOF
cat >"$TMP/in/wire_somalia_letter.txt" <<'EOF'
Ethiopia accused of backing Somali rebels as tensions rise

MOGADISHU, Oct 20 (Reuters) - Somalia accused Ethiopia on Monday of arming clan militias in the Jubaland region and of
preparing to send troops across the border, in a letter to U.N. Secretary-General Antonio Guterres.

Ethiopia's foreign ministry dismissed the letter as a fabrication. The two neighbours have been at odds since Ethiopia
signed a port deal with the breakaway region of Somaliland in January.
EOF
cat >"$TMP/in/wire_essequibo_deal.txt" <<'EOF'
Guyana and Venezuela at odds

GEORGETOWN, May 2 (Reuters) - Venezuela and Guyana have long disputed the Essequibo region. The two neighbours have
been at odds since Guyana signed an exploration deal with the oil major ExxonMobil in 2015.
EOF
cat >"$TMP/in/wire_houthi_missile.txt" <<'EOF'
Israel intercepts missile fired from Yemen as Houthis vow more attacks

JERUSALEM, Jan 3 (Reuters) - Israel's military said it intercepted a ballistic missile launched from Yemen early on
Friday, the latest in a series of attacks by the Iran-aligned Houthis since the start of the Gaza war.

The Houthis said they had targeted a power station near Tel Aviv and would continue until Israel ended its offensive
in Gaza. The United States and Britain have carried out strikes on Houthi targets in Yemen.
EOF
cat >"$TMP/in/wire_moldova_drone.txt" <<'EOF'
Moldova expels Russian diplomat over drone incident

CHISINAU, Feb 14 (Reuters) - Moldova ordered a Russian embassy official to leave the country on Friday after Russian
drones crashed on its territory during an attack on neighbouring Ukraine.

Moldovan President Maia Sandu called the incursion a violation of the country's airspace. Russia's foreign ministry
said the expulsion was unjustified and promised a response.
EOF
cat >"$TMP/in/wire_sweden_spy.txt" <<'EOF'
Sweden charges man with spying for Russia

STOCKHOLM, Nov 10 (Reuters) - Swedish prosecutors charged a man on Friday with gathering information on Swedish and
U.S. technology for Russian military intelligence over a decade.

The Kremlin declined to comment. Sweden, which joined NATO in March after ending two centuries of military
non-alignment, expelled five Russian diplomats for espionage last year.
EOF
cat >"$TMP/in/wire_turkey_ypg.txt" <<'EOF'
Iraq summons Turkish envoy after drone strike kills Kurdish fighters

BAGHDAD, Aug 24 (Reuters) - Iraq summoned Turkey's charge d'affaires on Saturday after a Turkish drone strike killed
three members of a Kurdish militia in the northern province of Sulaimaniya.

Turkey's defence ministry said on Sunday it had "neutralised" 12 militants of the Syrian Kurdish YPG in northern
Syria, which Ankara regards as an offshoot of the Kurdistan Workers Party (PKK).
EOF
cat >"$TMP/in/wire_nk_troops.txt" <<'EOF'
North Korea sends troops to Russia, Seoul says

SEOUL, Oct 18 (Reuters) - North Korea has sent about 1,500 special forces troops to Russia's Far East for training and
will deploy them to fight in Ukraine, South Korea's spy agency said on Friday.

Ukrainian President Volodymyr Zelenskiy said the deployment made North Korea a party to the war. The Kremlin called
the report fake news, while Pyongyang did not comment.
EOF
cat >"$TMP/in/wire_niger_jnim.txt" <<'EOF'
Niger strikes jihadist camps near Malian frontier

NIAMEY, Feb 3 (Reuters) - Nigerien troops struck camps of the Malian group JNIM in the Tillaberi region on Friday,
days after the militants ambushed an army convoy, Niger's defence ministry said.

JNIM said its fighters had repelled the assault. Mali's junta, an ally of Niamey in the Alliance of Sahel States, did
not comment.
EOF
cat >"$TMP/in/wire_beijing_declaration.txt" <<'EOF'
Hamas and Fatah sign Beijing declaration on Palestinian unity

BEIJING, July 23 (Reuters) - Rival Palestinian factions Hamas and Fatah signed a declaration in Beijing on Tuesday
pledging to form an interim government of national reconciliation, Chinese state media said.

Chinese Foreign Minister Wang Yi hosted the signing ceremony. Earlier reconciliation deals between the two factions
collapsed.
EOF
cat >"$TMP/in/wire_kaliningrad_transit.txt" <<'EOF'
Lithuania halts transit of sanctioned goods to Kaliningrad

VILNIUS, June 20 (Reuters) - Lithuania stopped the rail transit of goods subject to European Union sanctions to the
Russian exclave of Kaliningrad, prompting Moscow to summon the Lithuanian charge d'affaires.

Kremlin spokesman Dmitry Peskov called the move illegal and warned of serious consequences. The European Commission
said Vilnius was applying the bloc's sanctions correctly.
EOF
cat >"$TMP/in/wire_kuwait_warehouse.txt" <<'EOF'
Strike on Gaza aid warehouse kills two workers

KUWAIT, March 4 (Reuters) - Israeli warplanes struck a warehouse used by a Kuwaiti charity in Gaza on Tuesday, killing
two workers, the charity said.

Kuwait said the warehouse held only food and medicine, and its foreign minister called the attack a flagrant violation
of international law.
EOF
cat >"$TMP/in/wire_riyadh_package.txt" <<'EOF'
Iran summons German envoy over arms package for Riyadh

TEHRAN, Sept 18 (Reuters) - Iran summoned Germany's ambassador on Wednesday in protest at Berlin's approval of a 2
billion euro arms package for Saudi Arabia, the foreign ministry in Tehran said.

The package includes air defence missiles and patrol boats. Germany had halted arms exports to Riyadh in 2018 after
the killing of journalist Jamal Khashoggi.
EOF
cat >"$TMP/in/wire_mexico_cartels.txt" <<'EOF'
Mexico rejects U.S. military action against cartels on its soil

MEXICO CITY, Nov 5 (Reuters) - Mexican President Claudia Sheinbaum rejected on Wednesday any U.S. military
intervention against drug cartels in Mexico, after reports that Washington was preparing operations inside the
country.

The United States has designated six Mexican cartels as foreign terrorist organisations. Sheinbaum said Mexico would
keep cooperating with U.S. agencies on security but would not accept a subordinate role.
EOF
cat >"$TMP/in/wire_serbia_croatia_entry.txt" <<'EOF'
Serbia recalls envoy from Croatia after minister barred from Jasenovac visit

BELGRADE, Feb 3 (Wire) - Serbia recalled its ambassador from Zagreb on Monday after Croatia refused entry to a
Serbian government minister who had planned to lay flowers at a wartime memorial, the foreign ministry in Belgrade
said.

Croatian Foreign Minister Gordan Grlic Radman said the visit had not been announced through diplomatic channels.
Serbian President Aleksandar Vucic called the decision shameful and said Belgrade would review its cooperation with
Zagreb.

The European Union urged both countries to show restraint.
EOF
cat >"$TMP/in/wire_vietnam_survey_ship.txt" <<'EOF'
Vietnam protests Chinese survey ship near its oil blocks

HANOI, Jul 6 (Wire) - Vietnam demanded on Thursday that China withdraw a survey vessel operating inside Vietnam's
exclusive economic zone, the latest flare-up in a long-running maritime dispute.

"Vietnam resolutely requests China to immediately stop its violations," foreign ministry spokeswoman Pham Thu Hang
told a news conference. The Chinese embassy in Hanoi did not respond to a request for comment.

The Philippines, which has its own disputes with Beijing, said it was monitoring the situation closely.
EOF
cat >"$TMP/in/wire_lithuania_balloons.txt" <<'EOF'
Lithuania protests to Belarus over balloon incursions

VILNIUS, Oct 28 (Wire) - Lithuania lodged a protest with Belarus on Tuesday after dozens of smuggling balloons forced
Vilnius airport to shut repeatedly.

Prime Minister Inga Ruginiene called the balloons a hybrid attack by the regime in Minsk. Belarusian leader Alexander
Lukashenko dismissed the accusation and said Lithuania was trying to provoke a crisis.

Poland and Latvia expressed solidarity with Vilnius.
EOF
cat >"$TMP/in/wire_belarus_drones_sudan.txt" <<'EOF'
Belarus steps up help to Moscow, Sudan warns Chad

MINSK, May 14 (Wire) - Belarus has sent hundreds of drones to Russian troops fighting Ukraine, a Ukrainian
intelligence official said on Wednesday. A Montenegrin minister was denied entry to Belarus on the same day.

In Khartoum, Sudan threatened to arm rebels fighting Chad if N'Djamena kept letting weapons cross its border.
EOF
cat >"$TMP/in/wire_spratly_patrol_marcos.txt" <<'EOF'
Malaysia, Singapore hold first joint sail near Spratlys

KUALA LUMPUR, Aug 4 (Wire) - Malaysian and Singaporean navies held their first joint patrol near the Spratly Islands
on Sunday, a move that drew a sharp rebuke from Beijing.

Philippine President Ferdinand Marcos Jr. was in New Delhi for a state visit, where he and Indian Prime Minister
Narendra Modi agreed to raise ties to a strategic partnership.
EOF
cat >"$TMP/in/wire_mali_ngos.txt" <<'EOF'
Mali junta bars French-funded NGOs, accuses Algeria of harbouring militants

BAMAKO, Nov 21 (Wire) - Mali's military government suspended all activities of non-governmental organisations funded
by France.
EOF
cat >"$TMP/in/wire_cape_town_drills.txt" <<'EOF'
South Africa hosts Iran, China and Russia for naval drills

CAPE TOWN, Jan 15 (Wire) - Warships from China, Russia and Iran joined South Africa for naval exercises off its coast,
drawing criticism from the United States.

Colombia agreed to accept deported migrants on U.S. military aircraft, its foreign ministry said. The European
Commission backed Greece's right to protect its seas.
EOF
cat >"$TMP/in/wire_pakistan_ttp_camp.txt" <<'EOF'
Pakistani strike hits militant camp near Afghan border

PESHAWAR, Mar 8 (Wire) - A Pakistani air strike killed six fighters in a camp near the border, officials said. Pakistan
says the camp belonged to the Tehrik-i-Taliban Pakistan (TTP), which it has fought for two decades.

Nigerian President Bola Tinubu said the attackers were linked to Boko Haram, whom he has accused of killing thousands
of farmers.
EOF
cat >"$TMP/in/wire_tasman_drills_moldova.txt" <<'EOF'
Wellington raises alarm over Chinese warships near Australia

WELLINGTON, Feb 24 (Wire) - New Zealand called China's conduct provocative and unsafe after a Chinese naval flotilla
held live-fire drills in the Tasman Sea without warning, forcing airlines to divert flights.

Russia expelled three Moldovan diplomats on Friday. Romania, which borders Moldova, called the Russian move
unjustified.
EOF
cat >"$TMP/in/wire_trilateral_drills_launch.txt" <<'EOF'
North Korea fires missiles after trilateral air drills

SEOUL, Jan 14 (Wire) - North Korea fired several short-range ballistic missiles into the sea off its east coast on
Tuesday, hours after the United States, South Korea and Japan wrapped up joint air drills, officials said.

The missiles fell outside Japan's exclusive economic zone. Italy condemned the launch as a clear provocation.
EOF
cat >"$TMP/in/wire_niger_envoy_refusal.txt" <<'EOF'
Niger junta orders French envoy out

NIAMEY, Aug 26 (Wire) - Niger's military rulers ordered the French ambassador to leave the country within 48 hours,
citing his refusal to meet the junta's new foreign minister.
EOF
cat >"$TMP/in/wire_algeria_envoy_sweden_charge.txt" <<'EOF'
Algeria recalls envoy to France over Sahara stance

ALGIERS, Jul 30 (Wire) - Algeria withdrew its ambassador to France with immediate effect on Tuesday in protest at
Paris's support for Morocco's autonomy plan for Western Sahara.

Swedish prosecutors charged a man on Monday with spying on members of the Iraqi diaspora for a foreign intelligence
service.
EOF
cat >"$TMP/in/wire_sharif_kazakh_spy_moldova.txt" <<'EOF'
Sharif in Beijing as Kazakhstan holds suspected spy

ISLAMABAD, Jun 8 (Wire) - Pakistan and China agreed on Saturday to speed up work on their economic corridor during a
visit by Prime Minister Shehbaz Sharif to Beijing.

Kazakhstan arrested a man suspected of spying for China, its security service said on Friday. The Chinese embassy in
Astana called the allegations a smear.

Two Russian drones crashed in Moldova overnight. President Maia Sandu called the incursion a violation of Moldova's
sovereignty.
EOF
cat >"$TMP/in/wire_cyprus_israel_gas.txt" <<'EOF'
Cyprus and Israel sign gas field deal

NICOSIA, Sept 4 (Wire) - Cyprus and Israel signed an agreement on Thursday to develop a shared gas field in the
eastern Mediterranean. Greece backed the agreement.

Eritrea accused Ethiopia of preparing a war to seize access to the Red Sea.
EOF
cat >"$TMP/in/wire_houthi_vow_peru_png.txt" <<'EOF'
British jets strike Houthi sites

SANAA, Jan 12 (Wire) - British warplanes struck Houthi radar sites on the Red Sea coast overnight, the Ministry of
Defence said. The Houthis vowed to retaliate.

In Lima, Peru's Congress declared Mexican President Claudia Sheinbaum persona non grata on Tuesday.
EOF
cat >"$TMP/in/wire_nz_bombers_niger_border.txt" <<'EOF'
Russian bombers fly near New Zealand; Nigeria to reopen Niger border

WELLINGTON, Dec 1 (Wire) - Russian strategic bombers flew a long-range patrol over the Tasman Sea on Friday.
Wellington conveyed serious concerns to Moscow through diplomatic channels.

In Abuja, Nigeria said it would reopen its land border with Niger, nearly a year after closing it in response to the
coup in Niamey.
EOF
cat >"$TMP/in/wire_dutch_curbs_nicaragua.txt" <<'EOF'
Dutch tighten chip curbs; US sanctions Nicaragua

THE HAGUE, Sept 6 (Wire) - The Netherlands imposed new export curbs on China on Friday, covering more chip-making
machines. China said it firmly opposed the restrictions.

In Washington, the United States imposed new sanctions on Nicaragua. Managua called the measures illegitimate and
vowed to respond.
EOF
cat >"$TMP/in/wire_senegal_gambia_talks.txt" <<'EOF'
Senegal hosts Gambia, ECOWAS envoys

DAKAR, Feb 5 (Wire) - Senegal hosted talks between delegations from Gambia and ECOWAS on Wednesday, officials said.
EOF
cat >"$TMP/in/wire_bulgaria_consulate.txt" <<'EOF'
Bulgaria to shut Russian consulate over rail blast

SOFIA, Nov 19 (Wire) - Bulgaria will close Russia's last consulate after blaming Russian intelligence
for an explosion on a railway line, the government said on Wednesday.
EOF
cat >"$TMP/in/wire_s62a6.txt" <<'EOF'
Sweden charges man with spying for Russia's military intelligence

STOCKHOLM, Nov 10 (Wire) - Swedish prosecutors charged a 60-year-old man on Friday with gathering information about
Swedish and U.S. technology on behalf of Russia's military intelligence service, the GRU.

Russia's embassy in Stockholm denied any involvement and accused Sweden of whipping up spy mania.
EOF
cat >"$TMP/in/wire_s62a8.txt" <<'EOF'
Poland buys Korean tanks and howitzers in $5.8 billion deal

WARSAW, Dec 1 (Wire) - Poland signed a contract with South Korea's Hyundai Rotem on Friday for 180 K2 tanks, Defence
Minister Mariusz Blaszczak said, as Warsaw rearms after Russia's invasion of Ukraine.

Seoul has become one of Poland's main arms suppliers. Poland has sent more than 300 tanks to Ukraine since the war
began.
EOF
cat >"$TMP/in/wire_s62b5.txt" <<'EOF'
Algeria recalls ambassador to Spain over Western Sahara shift

ALGIERS, Mar 19 (Wire) - Algeria recalled its ambassador to Madrid on Saturday for consultations, a day after Spain
backed Morocco's plan to grant autonomy to Western Sahara.

Algeria, which supports the Polisario Front independence movement, supplies much of Spain's natural gas. Morocco
welcomed Madrid's position.
EOF
cat >"$TMP/in/wire_s62c5.txt" <<'EOF'
Georgia recalls envoy to Ukraine after Kyiv remarks

TBILISI, Mar 3 (Wire) - Georgia recalled its ambassador to Ukraine for consultations on Friday after Ukrainian
President Volodymyr Zelenskiy criticised the treatment of jailed former Georgian president Mikheil Saakashvili.

Georgia's ruling party accused Kyiv of trying to drag the country into the war with Russia.
EOF
cat >"$TMP/in/wire_s62d4.txt" <<'EOF'
Israel and Morocco restore flights as ties deepen

RABAT, Jul 25 (Wire) - Israel's national carrier launched direct flights to Morocco on Sunday, months after the two
countries normalised relations in a deal brokered by the United States.

Algeria, which cut diplomatic ties with Morocco in 2021, denounced the rapprochement.
EOF
cat >"$TMP/in/wire_s62d6.txt" <<'EOF'
Colombia and Venezuela reopen border

CUCUTA, Sep 26 (Wire) - Colombia and Venezuela reopened their shared border to cargo traffic on Monday, ending a
seven-year closure, as President Gustavo Petro seeks to normalise relations with Caracas.

Petro met Venezuelan President Nicolas Maduro in November for the first time.
EOF
cat >"$TMP/in/wire_s62e6.txt" <<'EOF'
Nigeria and Benin hold talks on border reopening

ABUJA, Jun 10 (Wire) - Nigerian President Bola Tinubu hosted Benin's President Patrice Talon in Abuja on Monday for
talks on trade and security along their frontier.

Talon thanked Nigeria for its help in fighting jihadist groups in the north of Benin. Burkina Faso, whose junta has
accused Ivory Coast of harbouring its opponents, did not attend.
EOF
cat >"$TMP/in/wire_s62e7.txt" <<'EOF'
Czech Republic sanctions pro-Russian politicians

PRAGUE, Mar 27 (Wire) - The Czech government placed sanctions on a Russian businessman and two Ukrainian politicians
it accused of running a pro-Russian influence operation in Europe funded by Moscow.

Belgium said it would investigate whether members of the European Parliament had been paid. The Kremlin denied any
involvement.
EOF
cat >"$TMP/in/wire_s62f8.txt" <<'EOF'
Russia bans entry to British defence secretary

MOSCOW, Apr 5 (Wire) - Russia banned entry to British Defence Secretary Grant Shapps and several other officials on
Friday in response to London's sanctions against Russian citizens.

Britain's Foreign Office called the move meaningless.
EOF
cat >"$TMP/in/wire_s62g1.txt" <<'EOF'
Mexico pauses relations with US, Canadian embassies

MEXICO CITY, Aug 27 (Wire) - Mexican President Andres Manuel Lopez Obrador said on Tuesday he had paused relations
with the U.S. and Canadian embassies after their ambassadors criticised his plan to overhaul the judiciary.

The U.S. State Department said it respected Mexico's sovereignty. Canada said its ambassador had been misquoted.
EOF
cat >"$TMP/in/wire_s62g6.txt" <<'EOF'
South Africa recalls diplomats from Israel

PRETORIA, Nov 6 (Wire) - South Africa recalled all its diplomats from Israel for consultations on Monday, saying it
was alarmed by the killing of children in Gaza.

Israel recalled its own ambassador to Pretoria for consultations in response. The foreign ministry in Jerusalem called
South Africa's comments a disgrace.
EOF
cat >"$TMP/in/wire_s62g7.txt" <<'EOF'
Guatemalan lawmakers rebuke Honduran leader

GUATEMALA CITY, Jun 1 (Wire) - Guatemala's Congress declared Honduran President Rodrigo Alvarado Pineda persona non
grata on Thursday over remarks about the disputed river boundary.

Belize, El Salvador and Mexico did not comment on the vote.
EOF
cat >"$TMP/in/wire_s62h3.txt" <<'EOF'
Eritrea accuses Ethiopia of planning war over sea access

ASMARA, Mar 18 (Wire) - Eritrea's information minister accused Ethiopia on Tuesday of seeking a pretext to seize the
Red Sea port of Assab, after Ethiopian Prime Minister Abiy Ahmed said access to the sea was an existential matter.

Ethiopia denied it had any plans to invade its neighbour.
EOF
cat >"$TMP/in/wire_s62i4.txt" <<'EOF'
Cyprus and Greece back Israel-Europe power cable

NICOSIA, Jan 10 (Wire) - Cyprus and Greece agreed on Wednesday to push ahead with an undersea power cable linking
their grids to Israel, despite objections from Turkey over maritime rights.

Turkish officials said Ankara would not allow work in waters it claims. Israel said the project would strengthen
regional energy security.
EOF
cat >"$TMP/in/wire_s62i8.txt" <<'EOF'
Bolivia breaks ties with Israel

LA PAZ, Oct 31 (Wire) - Bolivia severed diplomatic relations with Israel on Tuesday, citing what it called crimes
against humanity in Gaza, while Chile and Colombia recalled their ambassadors for consultations.

Israel's foreign ministry called Bolivia's decision a surrender to terrorism.
EOF
cat >"$TMP/in/wire_s62k4.txt" <<'EOF'
Austria expels Russian diplomats over spying

VIENNA, Feb 2 (Wire) - Austria expelled four Russian diplomats on Friday for activities incompatible with their
status, a phrase commonly used to describe espionage, the foreign ministry said.

Moscow promised to respond in kind. The Czech Republic and Slovakia expelled Russian diplomats in similar cases last
year.
EOF
cat >"$TMP/in/wire_s62k7.txt" <<'EOF'
Belarus court jails man for spying

MINSK, Apr 29 (Wire) - A Belarusian court convicted a railway worker on Tuesday of spying for Estonia's intelligence
service and sentenced him to 12 years in prison, state media reported.

Tallinn did not comment. Rights groups said the trial had been held behind closed doors.
EOF
cat >"$TMP/in/wire_s62k5.txt" <<'EOF'
Kazakhstan joins Abraham Accords

WASHINGTON, Nov 7 (Wire) - Kazakhstan will join the Abraham Accords, the agreements that normalised relations between
Israel and several Arab states, U.S. President Donald Trump said on Thursday after a meeting with Kazakh President
Kassym-Jomart Tokayev.

Israel welcomed the move. Kazakhstan has had diplomatic relations with Israel since 1992.
EOF
cat >"$TMP/in/wire_s62l3.txt" <<'EOF'
Japan, South Korea and U.S. hold trilateral air drills

SEOUL, Jan 15 (Wire) - The United States, South Korea and Japan staged joint air drills involving a U.S. B-52 bomber
on Wednesday, a day after North Korea fired a hypersonic missile into the sea.

North Korea's defence ministry condemned the drills as a rehearsal for war and warned of countermeasures.
EOF
cat >"$TMP/in/wire_s62m6.txt" <<'EOF'
Mongolia welcomes Putin on state visit

ULAANBAATAR, Sep 3 (Wire) - Mongolia gave Russian President Vladimir Putin a red-carpet welcome on Tuesday, on his
first visit to the country in five years.

Ukraine criticised the visit. The European Union said it regretted that Mongolia had not complied with its
obligations.
EOF
cat >"$TMP/in/wire_s62n6.txt" <<'EOF'
Sweden to send fighter jets to Poland for NATO mission

STOCKHOLM, Jan 20 (Wire) - Sweden will send JAS 39 Gripen fighter jets to Poland to help protect NATO's eastern flank,
the Swedish government said on Monday.

Germany and the Netherlands have also deployed air defence systems to Poland since the start of the war in Ukraine.
EOF
cat >"$TMP/in/wire_s62n2.txt" <<'EOF'
Iran frees French citizen after two years in jail

PARIS, Jun 12 (Wire) - Iran released French citizen Louis Arnaud on Wednesday after nearly two years in detention,
French President Emmanuel Macron said, thanking Oman for its mediation.

Three other French nationals remain held in Iran. Paris has accused Tehran of using foreigners as bargaining chips.
EOF
cat >"$TMP/in/wire_s62o3.txt" <<'EOF'
Kuwait hands over Iraqi suspects

KUWAIT CITY, Nov 3 (Wire) - Kuwait handed over five Iraqi nationals wanted for terrorism to Iraq on Sunday, the Iraqi
interior ministry said, under a security cooperation agreement signed last year.

Iraq thanked Kuwait for its cooperation.
EOF
cat >"$TMP/in/wire_s62o2.txt" <<'EOF'
Croatia and Serbia trade barbs over wartime anniversary

ZAGREB, Aug 5 (Wire) - Serbia accused Croatia on Monday of celebrating ethnic cleansing during commemorations of a
1995 military offensive, prompting a sharp response from Zagreb, which called the remarks an insult to its victims.

The European Commission urged both neighbours to show restraint.
EOF
cat >"$TMP/in/wire_s62p5.txt" <<'EOF'
India hosts Taliban foreign minister

NEW DELHI, Oct 10 (Wire) - India hosted the Taliban government's foreign minister Amir Khan Muttaqi on Friday for
talks on trade and security, the highest-level visit from Kabul since the group seized power in 2021.

Pakistan, which has accused the Taliban of harbouring militants, criticised the visit.
EOF
cat >"$TMP/in/wire_s62q4.txt" <<'EOF'
Turkey's parliament approves troop deployment to Libya

ANKARA, Jan 2 (Wire) - Turkey's parliament approved a bill on Thursday allowing troops to be deployed to Libya to
support the U.N.-recognised government in Tripoli against forces loyal to Khalifa Haftar.

Egypt, which backs Haftar, condemned the vote. Greece called it a violation of the U.N. arms embargo.
EOF
cat >"$TMP/in/wire_s62s2.txt" <<'EOF'
Nigeria says Niger junta broke border agreement

ABUJA, Dec 26 (Wire) - Nigeria's foreign minister said on Thursday Niger had accused Abuja without evidence of
plotting with France to destabilise the country, and called the claims baseless.

Niger's military rulers have closed the border with Benin and suspended security cooperation with Nigeria.
EOF
cat >"$TMP/in/wire_s62f4.txt" <<'EOF'
Serbia takes delivery of Chinese air defence systems

BELGRADE, Apr 10 (Wire) - Serbian President Aleksandar Vucic said on Sunday his country had begun receiving Chinese
FK-3 air defence systems, the first such deployment of Chinese missiles in Europe.

NATO said it was following the deliveries closely.
EOF
cat >"$TMP/in/wire_caracas_seven.txt" <<'EOF'
Venezuela expels diplomats of seven Latin American countries

CARACAS, July 29 (Wire) - Venezuela ordered diplomats from Costa Rica, Argentina, Chile, Peru, Panama, the Dominican
Republic and Uruguay to leave the country after their governments questioned the official results of Sunday's
presidential election.

Foreign Minister Yvan Gil said Caracas rejected the "interventionist actions and statements" of the governments.
Panama suspended diplomatic relations with Venezuela in response, and Peru's foreign minister said Lima would break
off ties.

Brazil and Colombia called on Venezuela's electoral authority to publish the full voting data.
EOF
cat >"$TMP/in/wire_ndjamena_doha.txt" <<'EOF'
Chad quits peace deal with rebels

N'DJAMENA, Sept 3 (Wire) - Chad's transitional government said on Tuesday it was ending with immediate effect the 2022
Doha peace agreement with armed opposition groups, accusing Sudan of arming the rebels.

The agreement, signed in the Qatari capital after months of talks, had promised an amnesty for fighters who laid down
their arms. Chad's foreign ministry said the rebels had attacked army posts near the border in August.
EOF
cat >"$TMP/in/wire_jakarta_natuna.txt" <<'EOF'
Chinese coast guard turns water cannon on Indonesian survey ship

JAKARTA, Nov 5 (Wire) - Indonesia protested on Tuesday against the use of water cannon by Chinese coast guard ships
against an Indonesian survey vessel near the Natuna Islands, the foreign ministry said.

The ministry said the Chinese vessels had entered Indonesia's exclusive economic zone and disrupted a seismic survey.
Beijing said the waters were part of its traditional fishing grounds.

Jakarta has sent two navy ships to the area, officials said.
EOF
cat >"$TMP/in/wire_almaty_channel.txt" <<'EOF'
Kazakhstan shuts Russian-funded broadcaster

ALMATY, Feb 20 (Wire) - Kazakh police closed the offices of a Russian-funded television channel in the capital on
Tuesday, a move that Moscow condemned as censorship.

Kazakhstan's security service said the channel had spread false reports about the war in Ukraine. Its owners said they
would appeal.
EOF
cat >"$TMP/in/wire_bangkok_border.txt" <<'EOF'
Thailand and Cambodia trade fire along disputed border

BANGKOK, July 24 (Wire) - Thai and Cambodian troops exchanged fire at several points along their disputed border on
Thursday, and Thailand said its F-16 jets had struck Cambodian military targets after rockets hit a Thai village.

Cambodia accused Thailand of using excessive force and asked the U.N. Security Council to hold an urgent meeting.
Malaysia, which chairs ASEAN, urged both sides to cease fire and offered to mediate.

China said it was deeply concerned and called on the two neighbours to exercise restraint.
EOF
cat >"$TMP/in/wire_bishkek_soldiers.txt" <<'EOF'
Kyrgyzstan holds Tajik soldiers after border incident

BISHKEK, Feb 9 (Wire) - Kyrgyz troops detained three Tajik soldiers who had crossed the border river while
chasing smugglers, Kyrgyzstan's defence minister said on Sunday.

Dushanbe called for the immediate release of the soldiers. Tajik officials said the men had strayed
across the river by mistake.
EOF
cat >"$TMP/in/wire_gulf_of_oman_tanker.txt" <<'EOF'
Iran seizes tanker in Gulf of Oman

DUBAI, Jan 11 (Wire) - Iran's navy seized a Marshall Islands-flagged oil tanker in the Gulf of Oman on Thursday,
Iranian state media said, in retaliation for the confiscation of its oil by the United States last year.

The U.S. Navy said the tanker was boarded by armed men and diverted toward Iranian waters. The United States called
the seizure unlawful. Greece, whose nationals are among the crew, demanded the immediate release of the ship and its
sailors.
EOF
cat >"$TMP/in/wire_hague_chips.txt" <<'EOF'
Netherlands tightens chip export rules; Beijing vows response

THE HAGUE, Jan 15 (Wire) - The Netherlands imposed new export controls on Chinese chipmakers on Monday, requiring
licences for the sale of advanced lithography equipment.

China said it would take countermeasures. A spokesperson for the commerce ministry in Beijing said the Dutch rules
harmed the interests of Chinese companies.
EOF
cat >"$TMP/in/wire_jeddah_truce.txt" <<'EOF'
Mediators press Sudan's warring sides to extend truce

JEDDAH, May 28 (Wire) - Saudi and American mediators urged Sudan's army and the RSF on Sunday to extend the
humanitarian truce in Khartoum by another week, as both sides accused each other of violations.

Aid agencies said fighting had eased in parts of the capital but that convoys still could not reach the worst-hit
areas.
EOF
cat >"$TMP/in/wire_riga_crossing.txt" <<'EOF'
Latvia shuts border crossing with Russia

RIGA, Oct 27 (Wire) - Latvia closed its last open road crossing with Russia on Monday after a rise in migrants
crossing from the Russian side, the interior ministry said.

Estonia took a similar step last week and accused Moscow of staging a hybrid attack.
EOF
cat >"$TMP/in/wire_georgetown_troops.txt" <<'EOF'
Guyana says Venezuela massing troops near disputed region

GEORGETOWN, Feb 2 (Wire) - Guyana's foreign minister accused Venezuela of massing troops near the disputed Essequibo
region, a month after the two countries pledged not to use force in the dispute.

Venezuela denied any plan to invade its neighbour and said the deployment was a routine exercise. Brazil, which
borders both countries, reinforced its own border posts.
EOF
cat >"$TMP/in/wire_baghdad_strikes.txt" <<'EOF'
Turkey strikes militant targets in northern Iraq

BAGHDAD, March 18 (Wire) - Turkish jets struck suspected militant targets near the Iraqi town of Zakho on Monday, two
days after an attack on a border outpost killed seven Turkish soldiers.

Iraq's foreign ministry said four civilians had been killed and warned that the strikes would not go unanswered.
Ankara said it had targeted fighters of the Kurdistan Workers' Party.
EOF
cat >"$TMP/in/wire_newyork_veto.txt" <<'EOF'
U.S. vetoes Algerian draft on Gaza ceasefire

NEW YORK, Feb 20 (Wire) - The United States on Tuesday vetoed an Algerian-drafted U.N. Security Council resolution
demanding an immediate humanitarian ceasefire in Gaza, saying it could jeopardise talks on a hostage deal.

Thirteen council members voted in favour and Britain abstained. Algeria's U.N. ambassador said the council had failed
once again.
EOF
cat >"$TMP/in/wire_prague_hackers.txt" <<'EOF'
Czech prosecutors charge Russian officers over hacking of ministries

PRAGUE, May 3 (Wire) - Czech prosecutors charged four Russian military intelligence officers on Friday with conspiring
to hack the computer systems of Czech ministries and a state energy company.

Prague summoned the Russian ambassador over the case. The Kremlin called the charges baseless.
EOF
cat >"$TMP/in/wire_london_gru.txt" <<'EOF'
Britain blames Russian military intelligence for cyberattacks

LONDON, Sept 5 (Wire) - Britain and its allies accused Russia's GRU military intelligence service on Thursday of a
years-long campaign of cyberattacks on critical infrastructure, naming a unit known as 29155.

The U.S. Justice Department charged five GRU officers with conspiring to hack Ukrainian government systems before the
2022 invasion. Russia did not immediately comment.
EOF
cat >"$TMP/in/wire_fbi_bybit.txt" <<'EOF'
North Korean hackers stole $1.5 billion in crypto, FBI says

WASHINGTON, Feb 27 (Wire) - The FBI said on Wednesday that North Korea's Lazarus Group was responsible for the theft
of $1.5 billion in digital assets from the Dubai-based exchange Bybit.

South Korea, Japan and the United States have warned that Pyongyang uses stolen cryptocurrency to fund its weapons
programmes.
EOF
cat >"$TMP/in/wire_tbilisi_slander.txt" <<'EOF'
Georgia summons Ukrainian envoy over remarks

TBILISI, March 7 (Wire) - Georgia's foreign ministry said on Thursday that Kyiv was slandering Tbilisi with claims
that Georgian authorities were helping Russia evade sanctions.

The ministry summoned Ukraine's charge d'affaires and demanded an apology.
EOF
cat >"$TMP/in/wire_sagaing_strike.txt" <<'EOF'
Myanmar junta bombs village, killing dozens

BANGKOK, April 12 (Wire) - Myanmar's military junta carried out an air strike on a village in the Sagaing region,
killing dozens of civilians, including children, witnesses and opposition groups said.

The United Nations and the European Union condemned the attack. Thailand, which shares a long border with Myanmar,
called for restraint.
EOF
cat >"$TMP/in/wire_delhi_fishermen.txt" <<'EOF'
India and Pakistan swap detained fishermen

NEW DELHI, Jan 4 (Wire) - India and Pakistan each released dozens of prisoners on Thursday, most of them fishermen
arrested for straying across the maritime boundary, officials in both countries said.

The two neighbours exchange lists of prisoners twice a year under a 2008 agreement.
EOF
cat >"$TMP/in/wire_vilnius_trucks.txt" <<'EOF'
Lithuania to ban Belarusian trucks

VILNIUS, Nov 3 (Wire) - Lithuania will ban trucks registered in Belarus from entering the country from next month, the
government said, after balloons launched from Belarus repeatedly forced the closure of Vilnius airport.

Belarus called the measure hostile and threatened to respond. Poland and Latvia expressed solidarity with Lithuania.
EOF
cat >"$TMP/in/wire_vilnius_radio.txt" <<'EOF'
Lithuania beams radio broadcasts into Belarus

VILNIUS, Aug 5 (Wire) - Lithuania expelled a Belarusian diplomat on Monday and began Russian-language radio broadcasts
aimed at listeners across the border.

Minsk called the broadcasts a provocation and summoned the Lithuanian charge d'affaires.
EOF
cat >"$TMP/in/wire_ottawa_settlers.txt" <<'EOF'
Canada imposes sanctions on Israeli settlers

OTTAWA, May 16 (Wire) - Canada imposed sanctions on seven Israeli settlers on Thursday over violence against
Palestinians in the occupied West Bank, joining Britain and the United States.

Israel's foreign ministry said the measures were unjustified. Palestinian officials welcomed the step and urged other
countries to follow.
EOF
eg -q -g "$ROOT/gazetteer" -f mentions,edges -o "$TMP/out" "$TMP/in"
check_status "entgraph runs on the wire copy" 0 $?

# stated A B RELATION : edges.tsv states A-B (either way) with RELATION.
stated() {
    awk -F'\t' -v a="$1" -v b="$2" -v r="$3" '
        NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
        (($c["source"] == a && $c["target"] == b) || ($c["source"] == b && $c["target"] == a)) &&
        $c["kind"] == "stated" && $c["relation"] == r { f = 1 } END { exit !f }' "$TMP/out/edges.tsv"
}
unstated() { ! stated "$@"; }
# directed A B RELATION : edges.tsv states A->B with RELATION (this way round).
directed() { grep -qP "^$1\t$2\tstated\t$3\t" "$TMP/out/edges.tsv"; }
not_negated() { ! negated "$@"; }
not_directed() { ! directed "$@"; }
# negated A B RELATION : the stated edge A->B RELATION is negated and weighs nothing.
negated() {
    awk -F'\t' -v a="$1" -v b="$2" -v r="$3" '
        NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
        $c["source"] == a && $c["target"] == b && $c["relation"] == r { f = 1; ok = $c["negated"] > 0 && $c["weight"] == 0 }
        END { exit !(f && ok) }' "$TMP/out/edges.tsv"
}
# hedged A B RELATION : the stated edge A->B RELATION has a hypothetical
# statement among its statements.
hedged() {
    awk -F'\t' -v a="$1" -v b="$2" -v r="$3" '
        NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
        $c["source"] == a && $c["target"] == b && $c["kind"] == "stated" && $c["relation"] == r { f = $c["hypothetical"] > 0 }
        END { exit !f }' "$TMP/out/edges.tsv"
}
# claimed A B RELATION CLAIMED : the stated edge A-B RELATION, all of whose
# statements are hypothetical (CLAIMED 1) or none (0).
claimed() {
    awk -F'\t' -v a="$1" -v b="$2" -v r="$3" -v want="$4" '
        NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
        $c["source"] == a && $c["target"] == b && $c["kind"] == "stated" && $c["relation"] == r {
            f = 1; ok = want ? $c["hypothetical"] == $c["weight"] : $c["hypothetical"] == 0 }
        END { exit !(f && ok) }' "$TMP/out/edges.tsv"
}
# count_in FILE ENTITY : how many mentions of ENTITY the input FILE (its name) has.
count_in() {
    awk -F'\t' -v d="/$1" -v e="$2" 'substr($1, length($1) - length(d) + 1) == d && $5 == e { n++ } END { print n + 0 }' \
        "$TMP/out/mentions.tsv"
}
# mentioned ENTITY SURFACE : mentions.tsv has ENTITY written as SURFACE.
mentioned() {
    awk -F'\t' -v e="$1" -v s="$2" '$5 == e && $7 == s { f = 1 } END { exit !f }' "$TMP/out/mentions.tsv"
}

check "a joint subject with an article: Japan and the Philippines sign" stated jpn phl sign_agreement
check "restored diplomatic relations: Saudi Arabia and Iran" stated irn sau restore_relations
check "the broker is no party: China restores nothing" bash -c '! grep -qP "^(chn\tsau|irn\tchn|chn\tirn|sau\tchn)\tstated\trestore_relations" "$1"' _ "$TMP/out/edges.tsv"
check "exchanged fire: India and Pakistan fight" stated ind pak fight
check "Michael Jordan is not Jordan" [ "$(count_in wire.txt jor)" -eq 0 ]
check "Chad Smith is not Chad" [ "$(count_in wire.txt tcd)" -eq 0 ]
check "Israel Katz is not Israel" [ "$(count_in wire.txt isr)" -eq 0 ]
check "Paris, Texas is not France" [ "$(count_in wire17.txt fra)" -eq 0 ]
check "Moscow, Idaho is not Russia" [ "$(count_in wire17.txt rus)" -eq 0 ]
check "Lebanon, New Hampshire is not Lebanon" [ "$(count_in wire17.txt lbn)" -eq 0 ]
check "Seoul, Washington and Tokyo: three capitals still (Washington is a state too)" [ "$(count_in wire17.txt kor)$(count_in wire17.txt usa)$(count_in wire17.txt jpn)" = 111 ]
check "... the Israel Defense Forces are the IDF" [ "$(count_in wire.txt idf)" -eq 1 ]
check "US\$ is a currency, the US a country" [ "$(count_in wire.txt usa)" -eq 1 ]
check "the US is found in the last sentence" mentioned usa US
check "armed groups are in the gazetteer: Hezbollah, the Houthis" \
    [ "$(count_in wire2.txt hezbollah)" -eq 1 -a "$(count_in wire2.txt houthis)" -eq 1 ]
check "fired rockets at: Hezbollah attacks Israel" stated hezbollah isr attack
check "accused A of supplying B: A supplies B, as a claim" claimed prk rus supply 1
check "the accuser supplies no one" bash -c '! grep -qP "^ukr\trus\tstated\tsupply" "$1"' _ "$TMP/out/edges.tsv"
check "blamed A for attacking B: A attacks B, as a claim" claimed rus ukr attack 1
check "praised A for supporting B: A aids B, a fact" claimed jpn ukr aid 0
check "considering sending: an intention, hypothetical" claimed jpn ukr supply 1
check "denied that A attacked B: hypothetical" claimed prk kor attack 1
check "his Russian counterpart Sergei Lavrov: the person is met" stated sergey-lavrov wang-yi consult
check "... not Russia" bash -c '! grep -qP "^rus\twang-yi\tstated" "$1"' _ "$TMP/out/edges.tsv"
check "warned China against any attack on Taiwan: China is warned" stated usa chn threaten
check "... and no one attacks Taiwan" bash -c '! grep -qP "\ttwn\tstated\tattack|^twn\t.*\tstated\tattack" "$1"' _ "$TMP/out/edges.tsv"
check "Iran-backed Houthis: Iran aids the Houthis" stated irn houthis aid
check "Iran-backed militias attacked U.S. troops: Iran aids no American" \
    bash -c '! grep -qP "^irn\tusa\tstated\taid" "$1"' _ "$TMP/out/edges.tsv"
check "share intelligence on North Korean threats: the allies share" stated kor usa share_intel
check "... and North Korea is the topic, no partner (a cooperation not negated)" \
    bash -c '! grep -qP "^(prk\t(kor|usa)|(kor|usa)\tprk)\tstated\t(share_intel|cooperate)\t([^\t]*\t){7}0\t" "$1"' _ \
    "$TMP/out/edges.tsv"
check "threatened to block Sweden's bid to join NATO: Turkey threatens Sweden" stated tur swe threaten
check "... not NATO" bash -c '! grep -qP "^tur\tnato\tstated\tthreaten" "$1"' _ "$TMP/out/edges.tsv"
check "which the FBI links to North Korea: an attribution, no ties" \
    bash -c '! grep -qP "^(prk\tus-fbi|us-fbi\tprk)\tstated" "$1"' _ "$TMP/out/edges.tsv"
check "its ties with Pyongyang: ties" stated prk rus cooperate
check "Poland and the Baltic states called on NATO: a verb after 'the ... states'" stated pol nato demand
check "a trilateral exercise: Japan and South Korea cooperate militarily" stated jpn kor military_cooperation
check "a trilateral exercise: Japan and the US cooperate militarily" stated jpn usa military_cooperation
check "spoke by phone: Biden and Xi consult" stated joe-biden xi-jinping consult
check "help Russia fight Ukraine: Russia fights Ukraine" stated rus ukr fight
check "... North Korea does not" bash -c '! grep -qP "^(prk\tukr|ukr\tprk)\tstated\tfight" "$1"' _ "$TMP/out/edges.tsv"
check "an apposition between subject and verb: Kim Yo-jong threatens Seoul" stated kim-yo-jong kor threaten
check "... not her brother" bash -c '! grep -qP "^kim-jong-un\tkor\tstated\tthreaten" "$1"' _ "$TMP/out/edges.tsv"
check "A and South Korean President B agreed: both leaders, with Washington" stated shigeru-ishiba usa military_cooperation
check "... and with each other" stated lee-jae-myung shigeru-ishiba military_cooperation
check "missiles hit Beirut: Israel attacks Lebanon" stated isr lbn attack
check "hit back at: no attack" bash -c '! grep -qP "^(chn\tusa|usa\tchn)\tstated\tattack" "$1"' _ "$TMP/out/edges.tsv"
check "detained Japanese nationals: China detains" stated chn jpn detain
check "recalled its ambassador to Turkey: relations reduced" stated isr tur reduce_relations
check "leaders are in the gazetteer: Netanyahu met Erdogan" stated benjamin-netanyahu recep-tayyip-erdogan consult
check "struck a refinery in Russia's Rostov region: Ukraine attacks Russia" stated ukr rus attack
check "drills in Belarus: no conflict with Belarus" bash -c '! grep -qP "^rus\tblr\tstated" "$1"' _ "$TMP/out/edges.tsv"
check "joint naval drills: China and Russia cooperate militarily" stated chn rus military_cooperation
check "thanked Japan: praise" stated volodymyr-zelensky jpn praise
check "thanks to US aid: no praise" bash -c '! grep -qP "^ukr\tusa\tstated\tpraise" "$1"' _ "$TMP/out/edges.tsv"
check "officials from A, B and C met: they consult" stated jpn phl consult
check "... to discuss Chinese activity: China is the topic" bash -c '! grep -qP "^(chn\t(jpn|phl|usa)|(jpn|phl|usa)\tchn)\tstated\tconsult" "$1"' _ "$TMP/out/edges.tsv"
check "discussed North Korea with New Zealand: the partner" stated aus nzl consult
check "... North Korea the topic" bash -c '! grep -qP "^(aus\tprk|prk\taus)\tstated" "$1"' _ "$TMP/out/edges.tsv"
check "forces from Iran and Syria attacked: both attack" stated syr isr attack
check "vetoed sanctions on North Korea: negated (a negated statement adds no weight)" negated rus prk sanction
check "share missile-warning data with Washington: all three share" stated jpn usa share_intel
check "a delegation meets its hosts: Rubio meets Iwaya" stated marco-rubio takeshi-iwaya consult
check "... Hegseth meets Nakatani" stated pete-hegseth gen-nakatani consult
check "... but Rubio and Hegseth, compatriots, do not meet each other" unstated marco-rubio pete-hegseth consult
check "... nor do the hosts" unstated takeshi-iwaya gen-nakatani consult
check "talks with unnamed counterparts: Cho and Kim are one delegation" unstated cho-tae-yul kim-yong-hyun consult
check "'Both sides' after 'Seoul and Tokyo': South Korea urges Russia" stated kor rus demand
check "... and Japan urges North Korea" stated jpn prk demand

check "recalled its ambassador from Turkey: Israel reduces relations with Turkey" stated isr tur reduce_relations
check "... the object search stops at 'after': not with Gaza" unstated tur pse-gaza reduce_relations
check "summoned the Russian ambassador to protest: Seoul protests" stated kor rus protest
check "... as a fact: the purpose of a summons is carried out by it" claimed kor rus protest 0
check "after Laos and Cambodia held drills: a joint subject after 'after' and a light verb" stated lao khm military_cooperation
check "agreed on a truce: a ceasefire ('agreed on a' keeps the noun a predicate)" stated sdn tcd ceasefire
check "called for talks between Uruguay and Panama: talks wished for, hypothetical" claimed pan ury consult 1
check "agreed to use frozen Russian assets to fund a loan for Moldova: Norway funds Moldova" directed nor mda aid
check "... Russia funds no one (its assets are the object of 'use')" unstated rus mda aid
check "... and Norway does not cooperate with Russia ('agreed to use': the verb's object)" unstated nor rus cooperate
check "banning exports of rice to the Philippines: a negated supply" negated vnm phl supply
check "Greece, Cyprus Sign Energy Pact as Turkey Tensions Rise: Greece and Cyprus sign" stated grc cyp sign_agreement
check "... Turkey, after 'as', signs nothing" unstated grc tur sign_agreement
check "countries such as Nicaragua: 'such as' still leads an object" directed can nic sanction
check "Belize Sanctions Guatemala, El Salvador: a headline's list needs no 'and'" directed blz slv sanction
check "helped retake Kursk: Kursk is retaken, not helped" unstated blr kursk aid
check "... but helped rebuild Moldova: Moldova is helped" directed swe mda aid
check "agreed to an EU-brokered deal: the EU mediates for Serbia" directed eu srb mediate
check "... and for Kosovo" directed eu xkx mediate
check "... and is no party of the deal" unstated eu srb cooperate
check "the Turkey-mediated accord between Ethiopia and Somalia: Turkey mediates" directed tur som mediate
check "vowed to strengthen the alliance's naval cooperation: Lithuania and Latvia cooperate" stated ltu lva cooperate
check "after Kenya and Tanzania wrapped up their annual Freedom Edge exercise: 'their' further back, a name between" stated ken tza military_cooperation
check "... the ambassador does not" unstated rus prk protest
check "after the island's president visited the US: China visits no one" unstated chn usa visit
check "talks on joining AUKUS Pillar 2: no partner" unstated can aukus-pillar-2 consult
check "President Yoon Suk Yeol (two aliases overlapping) and a titled second member: Yoon cooperates with the US" stated yoon-suk-yeol usa cooperate
check "... and with Kishida" stated yoon-suk-yeol fumio-kishida cooperate

check "in response to U.S.-South Korean drills: a cause, no partner of Kim's vow" unstated kim-jong-un usa intend_cooperate
check "announced new sanctions on Iran: the US sanctions Iran" stated usa irn sanction
check "waged war on South Korea: the trigger's own 'on' leads its object" stated prk kor fight

check "hackers linked to Iran targeted Saudi oil firms: Iran attacks Saudi Arabia, a cyberattack (hackers before the \
name)" stated irn sau cyberattack
check "militias backed by Iran attacked Iraqi troops: Iran attacks Iraq" stated irn irq attack
check "... and does not aid it" unstated irn irq aid

check "flew a joint patrol: Iran and Russia cooperate militarily" stated irn rus military_cooperation

check "cooperation amid tensions with China: China is no partner" unstated chn phl cooperate
check "... the Philippines and Vietnam are" stated phl vnm cooperate
check "stolen billions ... to fund Pyongyang's programmes: Lazarus steals nothing from North Korea" unstated lazarus-group prk steal
check "... it funds them (an intention)" claimed lazarus-group prk aid 1
check "fired water cannons at a Philippine vessel: China coerces the Philippines" stated chn phl coerce
check "approved the sale of F-16 parts to Turkey: the US supplies Turkey" stated usa tur supply

check "met Chinese President Xi Jinping: Albanese meets Xi" stated anthony-albanese xi-jinping consult
check "... not China" unstated anthony-albanese chn consult
check "killed a senior Hezbollah commander: Israel attacks Hezbollah" stated isr hezbollah attack

check "Hungary's Orban visited Moscow: Orban (leaders.tsv) visits Russia" stated viktor-orban rus visit

check "exercises in the Gulf of Oman: the gulf is a place, Oman no participant" [ "$(count_in wire6.txt omn)" -eq 0 ]
check "... Iran and China exercise together" stated irn chn military_cooperation
check "held drills with the Indian Navy: Japan and India" stated jpn ind military_cooperation

check "Japan's Air Self-Defense Force is the JSDF" mentioned jsdf "Air Self-Defense Force"
check "... which cooperates with the US Space Force" stated jsdf us-space-force cooperate
check "burrowed into U.S. water and power systems: Volt Typhoon attacks the US" stated volt-typhoon usa cyberattack

check "sanctions from Canada: Canada is the one that sanctions, not the object" \
    bash -c '! grep -qP "^blr\tcan\tstated\tsanction" "$1"' _ "$TMP/out/edges.tsv"

check "accused the Philippines of provocations and warned the US: the warning is no claim" claimed chn usa threaten 0
check "condemned North Korea's launch and urged Pyongyang: Japan urges North Korea" stated jpn prk demand
check "a ceasefire brokered by Qatar, Egypt and the US: Israel and Hamas agree" stated isr hamas cooperate
check "... the brokers do not cooperate with each other" unstated qat egy cooperate

check "resisted pressure to condemn Moscow: India's condemnation is negated" negated ind rus criticize

check "Beijing warned both countries (Manila and Tokyo): China threatens the Philippines" stated chn phl threaten
check "... and Japan" stated chn jpn threaten

check "prompting condemnation from France and Germany: France criticizes Iran" stated fra irn criticize
check "... and Germany" stated deu irn criticize
check "warned Japan against deploying U.S. missiles on its territory: US missiles in Japan, no fact" claimed usa jpn deploy 1
check "... Japan deploys nothing to the US" not_directed jpn usa deploy
check "... and not Russia's" unstated rus usa deploy

check "in a show of force against North Korea: the US exhibits force" stated usa prk exhibit_force
check "suspended a military agreement with Pyongyang: Seoul reduces relations" stated kor prk reduce_relations
check "killed a senior Hezbollah commander in an airstrike: the commander's group is no attacker" unstated hezbollah lbn attack

check "agreed to limit chip equipment sales to China: the Netherlands' supply is negated" negated nld chn supply

check "suspended talks on joining the EU: Georgia's joining is negated" negated eu geo cooperate
check "did not arrest Putin: Mongolia's detention is negated" negated mng vladimir-putin detain

check "preparing to send troops to Belarus: an intention, not a deployment yet" claimed prk blr deploy 1

check "struck Houthi targets in Yemen: the US attacks the Houthis" stated usa houthis attack
check "... 'targets' is no verb: the Houthis attack no one in Yemen" unstated houthis yem attack
check "seized a British-flagged tanker: Iran coerces Britain" stated irn gbr coerce
check "seized a tanker in the Strait of Hormuz: the place is no victim" unstated irn strait-of-hormuz coerce
check "a cargo ship bound for Israel: a destination, no victim" unstated houthis isr coerce

check "buy helicopters from the United States: the US supplies Poland" stated usa pol supply
check "... not the other way round" bash -c '! grep -qP "^pol\tusa\tstated\tsupply" "$1"' _ "$TMP/out/edges.tsv"
check "buys Russian oil: Russia sells India oil (trade, CAMEO 061: no arms)" grep -qP "^rus\tind\tstated\ttrade" "$TMP/out/edges.tsv"

check "sanctions on Chinese firms that supplied drone parts to Belarus: China supplies Belarus" stated chn blr supply
check "... not the EU" unstated eu blr supply
check "sanctioned a Hong Kong company for helping Iran: the company aids Iran" stated hkg irn aid
check "... not the Treasury" unstated us-treasury irn aid

check "Russian troops backed by North Korean soldiers: the KPA aids Russia's forces" stated kpa rus-armed-forces aid
check "Hamas, backed by Iran, attacked Israel: Iran aids Hamas" stated irn hamas aid
check "... and Hamas attacks Israel" stated hamas isr attack
check "after South Korean lawmakers visited Taiwan: a subject after 'after'" stated kor twn visit

check "Rubio said after meeting Cho Tae-yul: Rubio meets Cho" stated marco-rubio cho-tae-yul consult

check "accuses London of prolonging the war by arming Kyiv: Britain supplies Ukraine, as a claim" claimed gbr ukr supply 1
check "... not Moscow" unstated rus ukr supply

check "accused each other: India accuses Pakistan" grep -qP "^ind\tpak\tstated\taccuse" "$TMP/out/edges.tsv"
check "... and Pakistan accuses India" grep -qP "^pak\tind\tstated\taccuse" "$TMP/out/edges.tsv"

check "the summit brought together Biden, Kishida and Yoon: Biden and Kishida consult" stated joe-biden fumio-kishida consult
check "... and Biden and Yoon" stated joe-biden yoon-suk-yeol consult
check "the talks were attended by Blinken and Lavrov (titles with 'of'): they consult" stated antony-blinken sergey-lavrov consult
check "discussed a plan that included Malaysia and Indonesia: no meeting of theirs" unstated mys idn consult
check "the meeting did not include Brazil and Argentina: negated" negated arg bra consult
check "the meeting included Blinken and Austin: one delegation, no consultation between them" unstated antony-blinken lloyd-austin consult

check "received F-16 jets from Denmark: Denmark supplies Ukraine" grep -qP "^dnk\tukr\tstated\tsupply" "$TMP/out/edges.tsv"
check "... and so do the Netherlands" grep -qP "^nld\tukr\tstated\tsupply" "$TMP/out/edges.tsv"
check "received a phone call from Biden: no supply" unstated joe-biden volodymyr-zelensky supply
check "received praise from Romania: no goods, no supply" unstated rou mda supply
check "the Pentagon said it would send batteries: the Pentagon's pronoun, a stated intention" claimed us-dod isr supply 1
check "drones launched by the Houthis struck a Saudi facility: the Houthis attack Saudi Arabia" stated houthis sau attack
check "... not Russia, whose drones they are" unstated rus sau attack
check "upgraded their relationship to a strategic partnership: Vietnam and the US cooperate" stated usa vnm cooperate
check "launched an offensive against Armenian separatists: the separatists, not Armenia's state (a people's adjective \
before rebels, separatists, militants...: rebels_of)" not_directed aze arm attack
check "launched a missile barrage against Afghan posts: Pakistan attacks Afghanistan" stated pak afg attack
check "received President Zelensky in Jeddah: the crown prince hosts him" grep -qP "^mohammed-bin-salman\tvolodymyr-zelensky\tstated\thost" "$TMP/out/edges.tsv"
check "ended military cooperation with Paris: relations reduced (lexicon), no cooperation stated" \
    unstated fra mli military_cooperation
check "sanctioned U.S. firms over arms sales to Taiwan: Beijing sells nothing" unstated chn twn supply
check "withdrew its troops from Niger: France reduces relations with Niger" grep -qP "^fra\tner\tstated\treduce_relations" "$TMP/out/edges.tsv"
check "attacked ships in the Red Sea: a sea is no victim" unstated houthis red-sea attack
check "a \"no limits\" partnership: two negations cancel, Russia and Belarus cooperate" claimed blr rus cooperate 0
check "... and the edge is not negated" bash -c '! grep -qP "^blr\trus\tstated\tcooperate\t(\S+\t){7}[1-9]" "$1"' _ "$TMP/out/edges.tsv"
check "did not stop buying Russian arms: Russia supplies Vietnam, not negated" bash -c 'grep -qP "^rus\tvnm\tstated\tsupply\t(\S+\t){7}0\t" "$1"' _ "$TMP/out/edges.tsv"
check "exercises to counter Indonesian piracy: Indonesia is no partner" unstated aus idn military_cooperation
check "... Australia and New Zealand are" stated aus nzl military_cooperation
check "delivered hundreds of missiles to Serbia: one supply, not cut by 'missiles to'" grep -qP "^blr\tsrb\tstated\tsupply" "$TMP/out/edges.tsv"
check "would cut diplomatic ties with Minsk: Georgia reduces relations, as an intention" claimed geo blr reduce_relations 1
check "cut gas supplies to Moldova: a negated supply of gas (trade)" negated rus mda trade
check "arrived in Manila for a state visit: Kishida visits the Philippines" grep -qP "^fumio-kishida\tphl\tstated\tvisit" "$TMP/out/edges.tsv"
check "He urged Russia, after a sentence naming Modi: Modi demands" grep -qP "^narendra-modi\trus\tstated\tdemand" "$TMP/out/edges.tsv"
check "Iran's Revolutionary Guards are the IRGC, and they seize a Greek tanker" stated irgc grc coerce
check "the Rapid Support Forces attack Sudan's army" stated rsf sdn attack
check "the IDF said it struck Hezbollah targets: the IDF attacks Hezbollah" stated idf hezbollah attack
check "the Pakistani Taliban are not the Taliban" [ "$(count_in wire7.txt ttp)" -eq 1 -a "$(count_in wire7.txt taliban)" -eq 0 ]
check "foreign ministers beyond the alliance: Araghchi meets the crown prince" stated abbas-araghchi mohammed-bin-salman consult
check "Donald Tusk, then Tusk, are one person; an elephant's tusk is no one" \
    [ "$(count_in wire7.txt donald-tusk)" -eq 2 ]
check "... who warns Belarus and criticizes Hungary" stated donald-tusk hun criticize
check "condemned the joint drills by Colombia and Peru: Cuba criticizes them" grep -qP "^cub\tcol\tstated\tcriticize" "$TMP/out/edges.tsv"
check "... not they Cuba" bash -c '! grep -qP "^(col|per)\tcub\tstated\tcriticize" "$1"' _ "$TMP/out/edges.tsv"
check "criticized the attack on Bolivia by Paraguay: Chile criticizes Paraguay" grep -qP "^chl\tpry\tstated\tcriticize" "$TMP/out/edges.tsv"
check "... and Paraguay criticizes no one" bash -c '! grep -qP "^pry\tbol\tstated\tcriticize" "$1"' _ "$TMP/out/edges.tsv"
check "entities in Laos, Nepal and Mongolia that helped Myanmar: each aids Myanmar" \
    bash -c 'for x in lao npl mng; do grep -qP "^$x\tmmr\tstated\taid" "$1" || exit 1; done' _ "$TMP/out/edges.tsv"
check "blocked EU aid to Moldova: negated" negated eu mda aid
check "abstained from a vote condemning Venezuela: Ecuador's condemnation is negated" negated ecu ven criticize
check "trained alongside U.S. Marines: Kenya and the US cooperate militarily" stated ken usa military_cooperation
check "Chinese warships surrounded Taiwan: a show of force" stated chn twn exhibit_force
check "Tunisia, together with Algeria and Morocco, held naval drills: all three cooperate" \
    bash -c 'grep -qP "^dza\ttun\tstated\tmilitary_cooperation" "$1" && grep -qP "^dza\tmar\tstated\tmilitary_cooperation" "$1" && grep -qP "^mar\ttun\tstated\tmilitary_cooperation" "$1"' _ "$TMP/out/edges.tsv"
check "Oman, alongside Jordan, sanctioned Syria: Jordan too" stated jor syr sanction
check "Sudan's army accused Chad of arming the RSF: Chad's supply is a claim (no possessive phrase across 'accused')" claimed tcd rsf supply 1
check "Iceland joined Norway and Denmark in condemning Belarus: all three criticize Belarus" \
    bash -c 'for x in isl nor dnk; do grep -qP "^$x\tblr\tstated\tcriticize" "$1" || exit 1; done' _ "$TMP/out/edges.tsv"
check "a joint cyber exercise: the two cyber commands cooperate militarily" stated us-cyber-command rok-cyber-operations-command military_cooperation
check "will co-develop a fighter jet: Italy and Japan cooperate militarily" stated ita jpn military_cooperation
check "... 'to counter threats from China' names no partner" unstated ita chn military_cooperation
check "sanctions on North Korean IT workers: the topic leaves the country its own mention" stated can prk sanction
check "exchanged prisoners of war: no fight" unstated sdn ssd fight
check "were at war: a fight" stated dji eri fight
check "will send more troops to Mozambique: a deployment" stated rwa moz deploy
check "... and no supply besides" unstated rwa moz supply
check "mediating between two parties: the mediator acts on each" stated ken eth mediate
check "... on both" stated ken som mediate
check "... who do not mediate each other" unstated eth som mediate
check "brokered a truce between two: mediation, and a truce between them" stated tza bdi mediate
check "... the truce" stated bdi rwa ceasefire
check "offered to mediate: a claim" claimed uga sdn mediate 1
check "observed a 30-day ceasefire: a ceasefire (the number does not hide the noun's verb)" stated arm aze ceasefire
check "reached a ceasefire" stated ecu per ceasefire
check "broke the ceasefire with: a violation, not a negated ceasefire" stated guy sur violate_ceasefire
check "... nor a ceasefire" unstated guy sur ceasefire
check "ceasefire talks are talks, no ceasefire yet" stated bol pry consult
check "... no ceasefire" unstated bol pry ceasefire
check "called for a ceasefire in a country: no ceasefire with it" unstated khm mmr ceasefire
check "announced a \$1.5 billion aid package for Ukraine: Norway aids Ukraine" stated nor ukr aid
check "unveiled a large 1.2-billion-euro arms sale to Finland: Sweden supplies Finland" stated swe fin supply
check "a sentence naming no one: 'Both sides accused each other' after 'Serbia and Kosovo'" stated srb xkx accuse
check "... each way" bash -c 'grep -qP "^srb\txkx\tstated\taccuse\t" "$1" && grep -qP "^xkx\tsrb\tstated\taccuse\t" "$1"' _ "$TMP/out/edges.tsv"
check "'On Tuesday, the two countries agreed': Greece and Turkey cooperate" stated grc tur cooperate
check "a sentence naming one: 'Malaysia urged both countries' (Thailand and Cambodia)" stated mys tha demand
check "... both" stated mys khm demand
check "'both sides of the Andes' is no pair" unstated arg chl fight
check "'Both countries stressed the importance of partnerships with Tonga': a noun, no predicate of theirs" unstated fji ton cooperate
check "held a video call with: a consultation" stated npl btn consult
check "shipped more than 1,200 containers of munitions to Russia: the number's comma ends no object search" stated blr rus supply
check "vowed to bolster its forces against Bahrain: no partner of a pledge" unstated irn bhr intend_cooperate
check "agreed to cooperate against Yemen: Yemen is no partner" unstated qat yem cooperate
check "... the two are" stated kwt qat cooperate
check "warned against attacks on Libya: Algeria attacks no one" unstated dza lby attack
check "warned against any strike on Mauritania: Mauritania is not warned" unstated mar mrt threaten
check "combined live-fire drills: the Philippines and Australia cooperate militarily" stated aus phl military_cooperation
check "fired more than 200 rockets at Israel: an attack" stated hezbollah isr attack
check "recalled its ambassadors to Egypt and Libya: both" bash -c 'grep -qP "^ita\tegy\tstated\treduce_relations\t" "$1" && grep -qP "^ita\tlby\tstated\treduce_relations\t" "$1"' _ "$TMP/out/edges.tsv"
check "agreed a 3 billion pound support package for Estonia: aid" stated gbr est aid
check "the summit in Belem, hosted by Brazil's President Lula: he does not host his own country" unstated luiz-inacio-lula-da-silva bra host
check "... but a person may criticize their own country" stated donald-tusk pol criticize
check "claimed responsibility for a cyberattack on Armenia: the claimant's own act" stated tur arm cyberattack
check "stole ... from Vietnam: Vietnam is robbed" directed lazarus-group vnm steal
check "stole designs from Japanese firms: Japan is robbed" directed chn jpn steal
check "paused weapons shipments to Israel: a supply, negated" negated deu isr supply
check "accused Russia of shooting down a Turkish drone: an attack, claimed" claimed rus tur attack 1
check "hosted a delegation from Kuwait: Kuwait is the guest" directed irq kwt host
check "exchanged heavy fire: a fight" stated sdn tcd fight
check "filed a genocide case against Germany: a lawsuit (CAMEO 115)" stated nic deu sue
check "lodged a formal protest against Belarus" stated ltu blr protest
check "New Mexico is not Mexico, New Jersey not Jersey: only 'Mexican' names Mexico" [ "$(count_in wire9.txt mex)" -eq 1 ]
check "Savannah, Georgia is the US state, not the country" [ "$(count_in wire10.txt geo)" -eq 0 -a "$(count_in wire10.txt us-georgia)" -eq 1 ]
check "Washington state is no US government" [ "$(count_in wire10.txt usa)" -eq 1 ]
check "missiles at towns across Eritrea: Eritrea is attacked" stated eth eri attack
check "Steve Witkoff is in the gazetteer: he meets Putin" stated steve-witkoff vladimir-putin consult
check "Taiwan's Ministry of National Defense is not South Korea's (the bare name's reading)" [ "$(count_in wire10.txt rok-mnd)" -eq 1 ]
check "... Taiwan thanks Japan" stated twn jpn praise
check "urged Venezuela to stop threatening Guyana: Venezuela's threat, which goes on (a stop asked), not Brazil's" \
    not_negated ven guy threaten
check "... stated all the same" directed ven guy threaten
check "... Brazil threatens no one" unstated bra guy threaten
check "called Gambia's moves provocative and urged Mali: Senegal urges" stated sen mli demand
check "... not Gambia, the object of 'called'" unstated gmb mli demand
check "With Turkish help, Azerbaijan built: Turkey aids Azerbaijan" directed tur aze aid
check "launched a satellite with French assistance: France aids Kazakhstan" directed fra kaz aid
check "signed the deal with Japanese help: Japan helps, and signs nothing with Mongolia" unstated mng jpn sign_agreement
check "agreed to share real-time data: they share intelligence" stated chl col share_intel
check "officials expect Bolivia to resume talks: an expectation" claimed arg bol consult 1
check "has reportedly supplied: a claim" claimed qat lbn supply 1
check "threatened to veto new EU sanctions on Azerbaijan: no sanction" negated eu aze sanction
check "Several states, including Nigeria and Ghana, condemned: the states named" stated nga bfa criticize
check "... both" stated gha bfa criticize
check "received fuel from Croatia and Slovenia, as well as Greece: Greece too" stated grc alb supply
check "Hamas's commander in an airstrike on Jordan: Hamas struck nothing" unstated hamas jor attack
check "claimed an attack on Iraq: the claimant's" stated pkk irq attack
check "enabling Russia's war in Ukraine: Belarus aids Russia, whose war it is" directed blr rus aid
check "A and his Chinese counterpart B discussed: both" stated marco-rubio wang-yi consult
check "dismissed Chile's overtures: a rejection" stated cub chl reject
check "A met B, where the two sides signed: the two who met" stated narendra-modi xi-jinping sign_agreement
check "will station a brigade in Latvia: a deployment" stated can lva deploy
check "launched the Quad to give Iceland a say: the launcher gives, not the Quad" stated nor isl aid
check "... not the Quad" unstated quad isl aid
check "recruited Morocco to supply: Morocco supplies" stated mar esp supply
check "... not Portugal" unstated prt esp supply
check "expected Sweden to sanction: Sweden would" stated swe blr sanction
check "... not Denmark" unstated dnk blr sanction
check "built the port with the help of New Zealand: New Zealand aids Fiji" directed nzl fji aid
check "With the backing of Malaysia, Indonesia launched: Malaysia aids Indonesia" directed mys idn aid
check "a headline 'Peru, Ecuador hold talks': both consult" stated per ecu consult
check "'Qatar, Oman sign defense pact': both sign" stated qat omn sign_agreement
check "'Kenya, Uganda's neighbour, criticized Somalia': Kenya criticizes" stated ken som criticize
check "... not Uganda" unstated uga som criticize
check "will not join any sanctions against Cuba: Mexico's sanction, negated" negated mex cub sanction
check "said on Monday it would send jets: Italy's claim" claimed ita lva supply 1
check "said Friday that it would send shells: Greece's claim" claimed grc cyp supply 1
check "began their annual exercises: military cooperation" stated chl arg military_cooperation
check "inked a border deal: a signed agreement" stated tun lby sign_agreement
check "has not ruled out sending troops: a possibility" claimed bel mda deploy 1
check "... not negated" not_negated bel mda deploy
check "ruled out sending jets: negated" negated nld arm supply
check "ruled out any supply of shells: negated" negated lux geo supply
check "could receive reactor technology from Kazakhstan: Kazakhstan's supply, a claim" claimed kaz mng supply 1
check "held drills involving B-52 bombers: Norway and Denmark drill" stated nor dnk military_cooperation
check "... the bombers are no partner" unstated b-52 nor military_cooperation
check "accused Bangladesh of preparing for war with Nepal: Bangladesh's war, a claim" claimed bgd npl fight 1
check "... not Myanmar's" unstated mmr npl fight
check "helped expel Bhutanese forces: no help to Bhutan" unstated ind btn aid
check "expelled two Cambodian vessels: a force driven out, coerced" stated vnm khm coerce
check "... no diplomatic step" unstated vnm khm reduce_relations
check "expelled three Cambodian diplomats: relations reduced" stated lao khm reduce_relations
check "the Obama administration approved a weapons package for Egypt: the US supplies Egypt" stated usa egy supply
check "Iranian and Syrian bombers conducted a joint flight: military cooperation" stated irn syr military_cooperation
check "offered to host talks between Yemen and Saudi Arabia: their talks, a possibility" claimed sau yem consult 1
check "refused to host talks between Sudan and Chad: their talks, negated" negated sdn tcd consult
check "rejected direct negotiations with Chile: no talks" negated bol chl consult
check "rejected Honduras's claims and threatened Honduras: the threat stands" stated nic hnd threaten
check "... not negated" not_negated nic hnd threaten
check "blocked an EU statement criticizing Serbia: no criticism" negated eu srb criticize
check "will station a permanent brigade in Estonia: a deployment" stated fin est deploy
check "sanctioned Iranian officials for helping Syria: Iran helps" stated irn syr aid
check "... not the Treasury" unstated us-treasury syr aid
check "imposed export controls on Peru: a sanction" stated chl per sanction
check "threatened tariffs on Argentina: a sanction threatened, hypothetical" claimed bra arg sanction 1
check "lifted its tariffs on Ecuadorian steel: negated" negated col ecu sanction
check "the two countries would resume shuttle diplomacy: a consultation, expected" claimed lao vnm consult 1
check "asked Romania for more gas: an appeal to Romania" directed mda rou appeal
check "appealed to France for radars: an appeal to France" directed arm fra appeal
check "requested more grain from Uzbekistan: 'from' names whom it asks" directed kaz uzb appeal
check "asked reporters whether Algeria would: no appeal to Algeria ('whether' opens a clause)" unstated tun dza appeal
check "the request by Mongolia for Patriot systems: what is asked for is not asked" unstated mng patriot appeal
check "Ghana sanctioned Togo, and Benin sanctioned Niger: two clauses, Benin is not sanctioned" unstated gha ben sanction
check "... Benin sanctions Niger" directed ben ner sanction
check "struck targets in Oman, and Somalia fired rockets at Djibouti: Somalia attacks Djibouti" directed som dji attack
check "... and Yemen attacks neither Somalia" unstated yem som attack
check "... but Oman, where the targets are" directed yem omn attack
check "fired a barrage of missiles at Guyana: an attack (the inner trigger's 'at')" directed ven guy attack
check "fired a missile at a Turkish warship: an attack ('fired a' is a light verb)" directed syr tur attack
check "Cameroon, Gabon, and Congo held joint drills: a list with a serial comma stays one" stated cmr gab military_cooperation
check "... all three (bare 'Congo' is the DR Congo, as in wire copy)" stated cmr cod military_cooperation
check "Laos and Myanmar agreed to a truce: a ceasefire ('agreed to a' keeps the noun a predicate)" stated lao mmr ceasefire
check "shot down three drones launched by Belarus: Belarus's drones are the object" directed est blr attack
check "seized a tanker operated by Malta: Libya coerces Malta" directed lby mlt coerce
check "... and Malta does not coerce Libya" not_directed mlt lby coerce
check "extradited two Americans after talks with Mexico: Colombia holds the talks" stated col mex consult
check "... not the Americans, the verb's object" unstated usa mex consult
check "France struck Iran-backed Houthis: the Houthis are attacked" directed fra houthis attack
check "... not Iran, who backs them" unstated fra irn attack
check "struck Iran-backed militias: no name's militias, Iran is not attacked" unstated bel irn attack
check "froze its participation in the Russian-led CSTO: relations with the CSTO reduced" directed arm csto reduce_relations
check "... not with Russia, who leads it" unstated arm rus reduce_relations
check "signed a contract to buy jets from Italy: Italy supplies Egypt ('to buy' is a verb)" directed ita egy supply
check "brought a case against Myanmar: Gambia sues" directed gmb mmr sue
check "resumed gas deliveries to Bulgaria: a supply of gas (trade)" directed aze bgr trade
check "thanked Kovalenko for sending troops to help expel Finnish forces: Putin expels no one (Kovalenko, no gazetteer name, acts)" unstated vladimir-putin fin coerce
check "in response to Oman-Bahrain drills: the drills are a fact ('to' before a name is no infinitive)" claimed bhr omn military_cooperation 0
check "was criticised by Albania for delaying Moldova's bid: Montenegro is criticised (a passive's subject)" directed alb mne criticize
check "... not Moldova, named after 'for delaying'" unstated alb mda criticize
check "Moldova's bid to join NATO: Moldova would join (a possessor before 'bid to')" claimed mda nato cooperate 1
check "delayed its ratification of Ukraine's bid to join NATO: Ukraine would join, not Croatia" unstated hrv nato cooperate
check "... Ukraine would" claimed nato ukr cooperate 1
check "was criticised for delaying the accession of Senegal: no one named criticises Senegal" unstated mrt sen criticize
check "sanctioned three firms for supplying Tajikistan: the firms supply, not Washington" unstated usa tjk supply
check "deepened its defence ties with Nepal: military cooperation (British spelling)" stated btn npl military_cooperation
check "the normalisation of relations between Eritrea and Djibouti: restored relations" stated eri dji restore_relations
check "a ceasefire brokered by Mali and Guinea: Mali mediates between the clause's subjects" directed mli gmb mediate
check "... Guinea too, with Senegal" directed gin sen mediate
check "the truce between Somalia and Kenya, brokered by Uganda: Uganda mediates, with Somalia" directed uga som mediate
check "... and with Kenya" directed uga ken mediate
check "rejected a deal brokered by Eswatini: Eswatini mediated all the same" directed swz bwa mediate
check "... not negated" not_negated swz lso mediate
check "accepted mediation by Namibia: Namibia mediates" directed nam ago mediate
check "the Nigerien army and the Wagner Group held talks: a demonym and its army join a list" stated ner wagner-group consult
check "Algeria's army and Morocco signed a truce: a possessor and its army join a list" stated dza mar sign_agreement
check "would travel to Lusaka for talks with Malawi: the traveller talks" claimed mwi zwe consult 1
check "... not the place" unstated zmb mwi consult
check "boarded a Peruvian trawler, prompting protests from Lima: Peru protests Ecuador" directed per ecu protest
check "breached email accounts at the State Department: a cyberattack on the accounts' owner" directed khm us-state-department cyberattack
check "a cyberattack that disrupted Belarusian railways: what the attack did names its target" directed lva blr cyberattack
check "an airstrike that killed a Houthi commander: the Houthis are attacked" directed egy houthis attack
check "agreed to restrict sales of fertiliser to Chile: no cooperation with Chile (the verb's object)" unstated bol chl cooperate
check "... Bolivia and Uruguay agree with each other" stated bol ury cooperate
check "cut off gas supplies to Kyrgyzstan: a supply of gas ended ('cut off')" negated kaz kgz trade
check "Kiribati and Tuvalu spoke briefly: a consultation" stated kir tuv consult
check "Tonga spoke to Vanuatu by phone: a consultation" stated ton vut consult
check "spoke to reporters about Palau: Palau is a topic" unstated nru plw consult
check "withdrawal from ECOWAS: a regional bloc the gazetteer knows" directed bfa ecowas reduce_relations
check "Human Rights Watch accused Ethiopia: an NGO as an actor" directed human-rights-watch eth accuse
check "Venezuela was suspended from Mercosur: Mercosur reduces relations" directed mercosur ven reduce_relations
check "the European Commission is the EU's" mentioned eu "European Commission"
check "John Mahama met Bola Tinubu: leaders the gazetteer knows" stated bola-tinubu john-mahama consult
check "... 'Mahama' alone after his full name" mentioned john-mahama "Mahama"
check "Luis Montenegro visited Montenegro: the person, then the country" directed luis-montenegro mne visit
check "LeT is Lashkar-e-Taiba, a sentence's 'Let' is not (an exact-case alias)" [ "$(count_in wire20.txt lashkar-e-taiba)" -eq 1 ]
check "JNIM fighters killed soldiers in Burkina Faso: an armed group the gazetteer knows" directed jnim bfa attack
check "struck Tren de Aragua boats: the gang is attacked" directed usa tren-de-aragua attack
check "struck Kharkiv and Odesa: a Ukrainian city the gazetteer knows" directed rus kharkiv attack
check "... and the second place of the list" directed rus odesa attack
check "annexed Crimea: territory taken (invade, CAMEO 192)" directed rus crimea invade
check "Kinshasa came under attack from Rwandan drones: Rwanda attacks the DR Congo ('came under' is a passive)" directed rwa cod attack
check "killed in a Sudanese strike on Juba: the name before the trigger noun strikes" directed sdn ssd attack
check "Iceland, Malta, Cyprus Hold Joint Naval Drills: a headline's list of three without 'and'" stated isl cyp military_cooperation
check "... Malta with Cyprus too" stated mlt cyp military_cooperation
check "Belize, Honduras Agree to Ceasefire: the headline pair takes the noun after 'agree to'" stated blz hnd ceasefire
check "received a phone call from Kuwait's emir: a consultation with Kuwait" stated bhr kwt consult
check "received threats from Belarus: Belarus threatens Latvia" directed blr lva threaten
check "received a visit from Chad's president: Chad visits Qatar" directed tcd qat visit
check "restored diplomatic ties: restored relations" stated tun lby restore_relations
check "airdropped food into Gaza: aid" directed jor pse-gaza aid
check "signed a memorandum with Somaliland: a place the gazetteer knows" stated eth somaliland sign_agreement
check "Malawi told Tanzania during their meeting: 'their' stands for the two named before" stated mwi tza consult
check "Iceland thanked Ireland at their first summit in Dublin: a summit of the two" stated irl isl consult
check "Chile told Peru at their talks: a short tail, looked at byte by byte" stated chl per consult
check "bought tanks for Moldova: Finland supplies Moldova, whom the tanks are for" directed fin mda supply
check "... Moldova sells nothing" not_directed mda fin supply
check "no evidence that Laos has supplied weapons to Myanmar: a claim, hypothetical" claimed lao mmr supply 1
check "reports that Oman shipped drones to Yemen: a claim" claimed omn yem supply 1
check "dismissed claims that Kosovo had attacked Montenegro: a claim" claimed xkx mne attack 1
check "launched a satellite with Egyptian technical assistance: Egypt helps (an adjective between)" directed egy eri aid
check "hosts Russian troops: the Russian armed forces deploy in Armenia, no visit" directed rus-armed-forces arm deploy
check "... Armenia hosts no one" unstated arm rus-armed-forces host
check "hosts Belarusian tactical missiles: the goods read past the last name" directed blr kaz deploy
check "hosted Nepal for talks: a host still" directed btn npl host
check "reported drone incursions over its airports and blamed Sweden: 'reported' takes an object here, no speech" directed nor swe accuse
check "said the drills ended and accused Cameroon: the accusation stands ('ended and' ends no accusing)" directed gab cmr accuse
check "... not negated" not_negated gab cmr accuse
check "a mutual defence treaty: a common noun, not the US-ROK treaty" [ "$(count_in wire21.txt us-rok-mdt)" -eq 0 ]
check "... an AUKUS deal keeps its name (a capital)" [ "$(count_in wire21.txt aukus)" -eq 1 ]
check "... and Samoa and Vanuatu sign a treaty" stated wsm vut sign_agreement
check "Iran-backed Afghan militias: Iran backs the militias, not Afghanistan" unstated irn afg aid
check "... and Iran, their backer, attacks no one" unstated irn pak attack
check "fired dozens of rockets into northern Kenya: an attack ('rockets into')" directed som ken attack
check "..., Thai officials believe: a belief closing the sentence makes it hypothetical" claimed lao khm supply 1
check "..., officials said: a report, still a fact" claimed npl btn supply 0
check "has conditioned normalisation with Israel on a Palestinian state: restored relations, conditional" claimed isr kwt restore_relations 1
check "expelled diplomats from two Central American countries: Nicaragua expels (a number after 'from')" \
    directed nic latin-america reduce_relations
check "Bruneian ships harassed a Malaysian vessel: ships are vessels here, no supply" unstated brn mys supply
check "a Maltese-flagged container ship linked to Cyprus: a noun, Libya supplies no one" unstated lby cyp supply
check "Tunisia ships olive oil to Malta: still a verb (trade: oil)" directed tun mlt trade
check "revoked its security agreement with Portugal: relations reduced (an ending verb before a cooperative \
trigger: rel_deal_ended)" directed gab prt reduce_relations
check "tore up its defence agreements with Belgium: the same" directed tcd bel reduce_relations
check "sent Iranian weapons to Moldova: Moldova receives, not the weapons' maker" directed svk mda supply
check "... Iran is supplied nothing" unstated svk irn supply
check "sold Romanian drones to Georgia: its own goods to Georgia" directed rou geo supply
check "handed over three Egyptian hostages to Jordan: people moved, no supply to Egypt" unstated qat egy supply
check "... nor to Jordan" unstated qat jor supply
check "will hand over F-16 jets to Armenia: a supply ('hand over')" directed bel arm supply
check "concluded negotiations with Paraguay: the talks are Ecuador's ('concluded' reports nothing here)" \
    stated ecu pry consult
check "struck a \$2 billion trade deal with Chile: no attack" unstated isl chl attack
check "struck a deal with Peru: an agreement" stated pan per cooperate
check "breached the border agreement with Kyrgyzstan: no cyberattack" unstated kaz kgz cyberattack
check "hit Myanmar with new sanctions: a sanction" directed aus mmr sanction
check "... no attack" unstated aus mmr attack
check "held their first ASEAN defence meeting: the pair meets (a body's name between 'their' and the noun)" \
    stated brn lao consult
check "Canadian tariffs hit Mexican steelmakers: the tariffs' effect, no attack" unstated can mex attack
check "Swiss sanctions hit Belarus: a sanction" directed che blr sanction
check "... no attack" unstated che blr attack
check "Vietnamese hackers targeted Cambodian ministries: a cyberattack" directed vnm khm cyberattack
check "... not an armed attack" unstated vnm khm attack
check "sanctioned six Iranian officials it accused of supplying drones to Venezuela: the officials' supply, a claim" \
    claimed irn ven supply 1
check "... Japan supplies no one" unstated jpn ven supply
check "helped attack Djibouti: an attack (the help before it is a verb, no trigger noun)" directed eri dji attack
check "said it had carried out a cyberattack on Azerbaijani servers: Armenia's ('carried out' is a light verb)" \
    directed arm aze cyberattack
check "launched an incursion into Burundi: an attack (CAMEO 190)" directed rwa bdi attack
check "imposed new restrictions on Guatemalan imports: a sanction" directed mex gtm sanction
check "eased restrictions on Bahraini goods: no longer (negated)" negated qat bhr sanction
check "met ahead of the EU summit: a time, the EU meets no one" unstated eu svn consult
check "... Slovenia and Croatia meet" stated hrv svn consult
check "use profits from frozen Belarusian assets to fund Georgia: Finland funds ('from' past an adjective)" \
    claimed fin geo aid 1
check "... Belarus funds no one" unstated blr geo aid
check "sank a Yemeni boat: an attack" directed eri yem attack
check "deployed a frigate to the Middle East to deter Yemen: deployed to the region (a gazetteer place)" \
    directed prt middle-east deploy
check "... not to Yemen, what the deployment is to deter" unstated prt yem deploy
check "air strikes on camps held by Boko Haram: the camps' holder is struck" directed nga boko-haram attack
check "blocked the sale of helicopters to Serbia: Austria's sale, negated (a negating verb keeps the noun a predicate)" \
    negated aut srb supply
check "held drills near Lithuania: a show of force" directed blr ltu exhibit_force
check "... during Modi's visit to Thimphu: Bhutan is where the visit went, no partner of the two" unstated btn mng cooperate
check "... Mongolia and Nepal cooperate" stated mng npl cooperate
check "condemned the move by Thailand: Thailand's move, Laos criticizes" directed lao tha criticize
check "... not the other way" not_directed tha lao criticize
check "welcomed the decision by Kuwait: Oman praises Kuwait" directed omn kwt praise
check "sanctioned three Vietnamese defence companies for selling arms to Myanmar: the companies sell" \
    directed vnm mmr supply
check "... not Thailand" unstated tha mmr supply
check "restored full diplomatic relations: restored relations" stated bol pry restore_relations
check "were killed in an attack by Zimbabwe: Zimbabwe attacks (a passive: 'by' names the attack's agent)" \
    directed zwe zmb attack
check "... not the other way" not_directed zmb zwe attack
check "ordered Dutch troops to leave and turned to Hungary: no deployment to Hungary ('and turned' starts a predicate)" \
    unstated nld hun deploy
check "cut ties with Georgia, accusing it of arming Azerbaijan: Moldova accuses Georgia ('it' is the object before)" \
    directed mda geo accuse
check "... Georgia arms Azerbaijan, a claim" claimed geo aze supply 1
check "... Moldova arms no one" unstated mda aze supply
check "cut ties with Niger and Chad, accusing them of interference: both accused (no name after the pronoun)" \
    directed mli ner accuse
check "... and Chad" directed mli tcd accuse
check "brought a case against Bolivia at the ICJ, accusing it: Bolivia, past the place" directed ecu bol accuse
check "... not the court" unstated ecu icj accuse
check "joint drills near the border with Guatemala: El Salvador and Honduras cooperate" \
    stated slv hnd military_cooperation
check "... Guatemala is a place, no partner" unstated slv gtm military_cooperation
check "held live-fire drills near Cambodia: a show of force (the longer drill form does not hide it)" \
    directed tha khm exhibit_force
check "seized a ship carrying weapons to Sudan: the cargo's way, Sudan is not seized" unstated egy sdn coerce
check "sent ships carrying grain to Paraguay: Paraguay is supplied (trade: grain)" directed ury pry trade
check "summoned the Togolese ambassador: a diplomatic protest (CAMEO 114)" directed gha tgo protest
check "summoned Gambia's envoy over the border incident: Senegal protests" directed sen gmb protest
check "the Rwandan ambassador was summoned by Uganda: Uganda protests" directed uga rwa protest
check "summoned his Security Council: his own, no protest to the UN" unstated recep-tayyip-erdogan unsc protest
check "held the fourth meeting of the OAS: Costa Rica and Panama meet" stated cri pan consult
check "... the OAS is the forum, no partner" unstated cri oas consult
check "a hard-wrapped line ending in 'attacked' before 'Samoa's' continues the sentence: Fiji attacks Samoa" \
    directed fji wsm attack
check "was behind a cyberattack on Cyprus: Lebanon's cyberattack ('was behind' keeps the noun a predicate)" \
    directed lbn cyp cyberattack
check "said it was behind a cyberattack on Serbia: Montenegro's pronoun" directed mne srb cyberattack
check "vowed revenge against North Macedonia: a threat" directed alb mkd threaten
check "vowed a harsh response to Uzbekistan: a threat, no pledge of cooperation" directed tkm uzb threaten
check "... not the pledge's own relation" unstated tkm uzb intend_cooperate
check "vowed to bolster its forces against Tajikistan: no threat read (no reprisal word)" unstated kgz tjk threaten
check "a Belarusian invasion of Lithuania would trigger a crisis: a noun phrase under a modal, hypothetical" \
    claimed blr ltu invade 1
check "provided Namibia with artillery shells: arms given, a supply (CAMEO 072)" directed bwa nam supply
check "gave Mozambique missiles: a supply" directed mwi moz supply
check "provided aid to Congo's farmers: aid, no arms" directed ago cod aid
check "... no supply" unstated ago cod supply
check "Pakistani state-sponsored hackers targeted Bangladeshi ministries: a cyberattack (a compound before hackers)" \
    directed pak bgd cyberattack
check "sent troops to fight Cameroon: Chad's fight, a purpose (the deployment before it hides no attack)" \
    claimed cmr tcd fight 1
check "accused Guinea of sending troops to fight Sierra Leone: Guinea's fight, a claim" claimed gin sle fight 1
check "... not Liberia's" unstated lbr sle fight
check "met a delegation from Lebanon: Jordan and Lebanon meet" stated jor lbn consult
check "raided a Sudanese border post: an attack (CAMEO RAID 190)" directed eri sdn attack
check "neither condemned India nor supported Pakistan: both negated ('neither ... nor' is one negation)" \
    negated npl pak aid
check "... and the condemnation" negated npl ind criticize
check "did not condemn nor sanction Hungary: the sanction is negated too ('nor' after 'not')" negated svk hun sanction
check "Cuba's foreign ministry said, urging Panama to reverse: Cuba demands" directed cub pan demand
check "is normalizing ties with the UAE: restored relations" stated omn are restore_relations
check "met his Indian counterpart, Subrahmanyam Jaishankar,: the person in the apposition is met" \
    stated hakan-fidan subrahmanyam-jaishankar consult
check "John Healey, secretary of Britain's defence ministry, held talks: Healey (a title's aside is skipped)" \
    stated boris-pistorius john-healey consult
check "imposed 25 percent tariffs on imports from Bolivia: a sanction on Bolivia" directed per bol sanction
check "... no supply (the imports are what the tariffs fall on)" unstated per bol supply
check "Brazil's police attributed the attack to Venezuela: an accusation" directed bra ven accuse
check "... Brazil attacks no one (the possessor is the verb's subject)" unstated bra ven attack
check "Angola's foreign ministry condemned the attack on Zambia: the victim is not criticised" \
    unstated ago zmb criticize
check "... Angola is no attacker (the possessor's noun is the verb's subject)" unstated ago zmb attack
check "Benin's prime minister will condemn the attack on Togo: Benin is no attacker (a modal, then an article)" \
    unstated ben tgo attack
check "Uzbekistan's foreign ministry slammed attacks on Kazakhstan: the victim is not criticised" \
    unstated uzb kaz criticize
check "... of someone else's attacks (a plural noun after a verb of reaction)" unstated uzb kaz attack
check "condemned Libya's drills and Morocco's flights: both criticized (parallel possessives make a list)" \
    directed tun mar criticize
check "... Libya and Morocco drill with no one ('and' right after the trigger leads no partner)" \
    unstated mar lby military_cooperation
check "criticized Sudan's missile tests and Libya's support: Sudan criticized too (the list stops the possessive chain)" \
    directed egy sdn criticize
check "... and Libya" directed egy lby criticize
check "condemns Polish attacks on Latvian towns: Poland attacks (the name before the noun acts)" directed pol lva attack
check "... not Estonia" unstated est lva attack
check "protested Venezuelan arms sales to Colombia: the seller is protested" directed bol ven protest
check "... not the buyer" unstated bol col protest
check "blamed Austria for Hezbollah attacks on Belgium: Hezbollah attacks (a name before a plural trigger noun after a preposition)" \
    directed hezbollah bel attack
check "... Luxembourg does not" unstated lux bel attack
check "in response to al-Shabaab drone attacks on Oman: al-Shabaab attacks" directed al-shabaab omn attack
check "pointed to Polish attacks on Mexico: Poland attacks" directed pol mex attack
check "in response to Tanzanian attacks on Uganda: Tanzania attacks" directed tza uga attack
check "Canada's ambassador to Mexico met Cuban officials: Canada meets Cuba" stated can cub consult
check "... not Mexico (a verb after the name, no article: no modifier)" unstated mex cub consult
check "deployed long-range missiles in Finland: a deployment ('in' names where forces go)" directed nor fin deploy
check "deployed missiles to Slovakia: a deployment" directed aut svk deploy
check "... not a supply (the goods are the deployment's)" unstated aut svk supply
check "would freeze its participation in the CSTO: relations reduced, as an intention" claimed kaz csto reduce_relations 1
check "prompted Mongolia to threaten retaliation against Chinese firms: a threat made, not wished for" \
    claimed mng chn threaten 0
check "imposed a naval blockade on Djibouti: coercion (CAMEO 191)" directed eri dji coerce
check "Latvia's strike on Crimea drew criticism from Hungary: Hungary criticizes Latvia" directed hun lva criticize
check "... and strikes nothing ('drew criticism' opens a new clause: no agent past it)" unstated hun crimea attack
check "... Latvia strikes Crimea" directed lva crimea attack
check "South Africa's blockade of aid to Zimbabwe: the aid is stopped (negated)" negated zaf zwe aid
check "sent troops into Croatia: a way in, no supply" unstated svn hrv supply
check "... a deployment ('troops into')" directed svn hrv deploy
check "the deployment of Dutch missiles to Luxembourg: the Netherlands deploys ('of' names whose forces)" \
    directed nld lux deploy
check "... the missiles no supply" unstated nld lux supply
check "the deployment of British missiles in Iceland: Britain deploys" directed gbr isl deploy
check "sanctioned firms supplying drones to Belarus: the firms supply, not Estonia" unstated est blr supply
check "sanctioned companies helping Belarus: the companies help, not Lithuania" unstated ltu blr aid
check "sanctioned Serbian firms supplying fuel to Belarus: Serbia's firms supply" directed srb blr supply
check "... not Hungary" unstated hun blr supply
check "threatened tariffs on countries buying Peruvian copper: Chile buys nothing" unstated per chl supply
check "denied reports that it had supplied weapons to Nepal: Bhutan's supply, negated ('reports' frames 'it')" \
    negated btn npl supply
check "a headline 'Laos Slams Vietnam Over Mekong Dam': a criticism" directed lao vnm criticize
check "lashed out at Bolivia: a criticism" directed per bol criticize
check "an offer to send Salvadoran troops: El Salvador's troops, no supply to it" unstated hnd slv supply
check "... nor from Guatemala" unstated gtm slv supply
check "broke with Taiwan: relations reduced" directed nic twn reduce_relations
check "Amid concern over Mongolia's mining law, Kazakhstan and Kyrgyzstan agreed to share intelligence: the two share" \
    stated kaz kgz share_intel
check "... not Mongolia (a name after a preposition, then a comma, opens no list)" unstated kgz mng share_intel
check "Citing Serbia's threats, Croatia and Slovenia held joint drills: the two drill" stated hrv svn military_cooperation
check "... not Serbia (after a gerund)" unstated srb svn military_cooperation
check "After Malawi, Zambia and Botswana held joint drills: a list right after the opening word, all three" \
    stated bwa mwi military_cooperation
check "banned fish exports to attract Japanese investment: an infinitive after 'exports to', no recipient" \
    unstated ton jpn supply
check "imposed tariffs of up to 40 percent on Paraguayan beef: a sanction" directed bol pry sanction
check "the Samoan government is Samoa's (not American Samoa's, where CAMEO lists the demonym)" directed tuv wsm praise
check "Fiji, Australia's largest trading partner, denied providing aid: Fiji's aid, negated (the aside skipped)" \
    negated fji ton aid
check "Greece, a NATO member that has close ties with Serbia: Greece's ties" stated grc srb cooperate
check "... not NATO's (a member is another state)" unstated nato srb cooperate
check "blocked a joint EU statement condemning Belarus: the condemnation is negated" negated eu blr criticize
check "fired US-supplied ATACMS missiles at Belarus: Latvia attacks" directed lva blr attack
check "... not the US, the missiles' supplier" unstated usa blr attack
check "... nor is a weapon supplied to (goods are no recipient)" unstated usa atacms supply
check "Qatar-backed militias attacked Bahraini troops: the militias, not their backer" unstated qat bhr attack
check "voted overwhelmingly to condemn Nicaragua: a condemnation made (a vote carries it out)" claimed oas nic criticize 0
check "proposed using frozen Serbian assets to fund a loan to Albania: Kosovo funds" stated alb xkx aid
check "... not Serbia (the object of a gerund before a purpose clause)" unstated srb alb aid
check "is using Chinese drones to attack Kosovo: Serbia attacks" directed srb xkx attack
check "... not China (the drones' maker)" unstated chn xkx attack
check "said it had approved a \$300 million sale of F-16 equipment to Estonia: Norway's pronoun past an amount" \
    directed nor est supply
check "urged the EU to impose new sanctions on Belarus: the EU would sanction" claimed eu blr sanction 1
check "... not Portugal" unstated prt blr sanction
check "expelled a Vietnamese research vessel: a force driven out, coerced" directed mys vnm coerce
check "struck Hezbollah weapons depots in southern Lebanon: the depots' owner is struck" directed jor hezbollah attack
check "... not Lebanon, where they are" unstated jor lbn attack
check "after restoring ties with China: restored relations" stated chn kir restore_relations
check "refused to sell the Faroe Islands to Norway: a supply to Norway, negated" negated dnk nor supply
check "... the islands are what is sold, no recipient" unstated dnk fro supply
check "asked Peru to hand over John Bolton: a person handed over, no supply" unstated per john-bolton supply
check "welcomed Rishi Sunak to Rome: a visitor welcomed to a state's seat is hosted" directed giorgia-meloni rishi-sunak host
check "... not praised" unstated giorgia-meloni rishi-sunak praise
check "welcomed Mongolia to the BRICS group: praise, no host" directed luiz-inacio-lula-da-silva mng praise
check "Tajikistan and Turkmenistan traded strikes: a fight" stated tjk tkm fight
check "welcomed the decision by Uzbekistan to sell wheat to Tajikistan: Uzbekistan sells (trade)" directed uzb tjk trade
check "... not the one who welcomed it" unstated anthony-albanese tjk supply
check "killed Hamas leader Ismail Haniyeh in a drone strike: Oman kills him" directed omn ismail-haniyeh attack
check "... the man killed, named after his title, does not strike" unstated ismail-haniyeh yem attack
check "suspended its participation in the CSTO: Kyrgyzstan reduces relations" directed kgz csto reduce_relations
check "... the bloc, in 'in the Russia-led CSTO', accuses no one" not_directed csto kgz accuse
check "... Kyrgyzstan accuses it ('accusing it of failing to defend': the object after its compound, comma_object)" \
directed kgz csto accuse
check "agreed to reopen their embassies after talks brokered by India: India mediates" directed ind btn mediate
check "... between both" directed ind npl mediate
check "Kuwait and Jordan, which mediate between Sudan and Chad, urged both sides: the aside's pair" directed kwt sdn demand
check "... Jordan urges Chad too" directed jor tcd demand
check "... not the subject's own pair" unstated kwt jor demand
check "met Belarusian President Alexander Lukashenko and pledged: the one met pledges nothing" unstated alexander-lukashenko ven intend_cooperate
check "met Venezuelan President Nicolas Maduro and warned him against attacking Guyana: his attack, not a fact" claimed nicolas-maduro guy attack 1
check "... not Lula's" unstated luiz-inacio-lula-da-silva guy attack
check "Keir Starmer warned him against attacking Cyprus: an unnamed man's attack" unstated keir-starmer cyp attack
check "Thailand said its jets struck Cambodian army posts: the reporter's jets" directed tha khm attack
check "asked Belarus to hand over former president Nicolas Maduro: a person, his title between, no supply" unstated blr nicolas-maduro supply
check "Laos upgraded its relations with Cambodia: cooperation" stated lao khm cooperate
check "imposed tariffs on avocados and grapes from Chile: the goods' country is the target" directed per chl sanction
check "Armenia deployed Russian air defence systems on its territory: Russia's, deployed in Armenia" directed rus arm deploy
check "... Armenia deploys nothing to Russia" not_directed arm rus deploy
check "Moldova deployed Romanian troops to the border: Romania's troops in Moldova" directed rou mda deploy
check "Estonia was hit by dozens of Lithuanian drones: the drones' country strikes" directed ltu est attack
check "... not the other way" not_directed est ltu attack
check "expanding their cooperation in the face of Argentine pressure: no partner" unstated arg ury cooperate
check "... the two cooperate" stated pry ury cooperate
check "Eritrean troops fought for Ethiopia against Kenya: whose side, no foe" unstated eri eth fight
check "... the foe named after 'against'" stated eri ken fight
check "held a joint exercise dubbed Freedom Shield: the exercise's name, no partner" unstated freedom-shield zmb military_cooperation
check "... the two hold it" stated mwi zmb military_cooperation
check "received Taliban leaders in Doha: visitors, hosted" directed qat taliban host
check "sent a frigate to the Baltic Sea: a place, a deployment" directed dnk baltic-sea deploy
check "... no recipient of a supply" unstated dnk baltic-sea supply
check "said it was ready to resume talks with Algeria: the reporter's talks, an intention" claimed dza mar consult 1
check "after Suriname threatened to annex part of Guyana: the subordinate clause's subject" claimed sur guy invade 1
check "will station a combat brigade in Latvia: a deployment" directed swe lva deploy
check "signed by the foreign ministers of Bahrain and Oman: the signatories' states" stated bhr omn sign_agreement
check "ordered the expulsion of Mexican diplomats: the one who orders expels" directed ecu mex reduce_relations
check "told reporters after meeting Sergei Lavrov: the reporter met him" stated abbas-araghchi sergey-lavrov consult
check "said his country had frozen its membership of the CSTO: the reporter's state" directed geo csto reduce_relations
check "a firm transported drones to Sudan: a supply" directed tur sdn supply
check "accused the West of waging a war against Belgrade: Belgrade is not accused" unstated aleksandar-vucic srb accuse
check "accused the West of attacking Cuba: the West attacks, not the accuser" unstated ven cub attack
check "agreed on a plan for patrols to the Paracel Islands: the two agree" stated idn mys cooperate
check "... the islands are a place, no partner" unstated mys paracel-islands cooperate
check "a rail corridor between Shanghai and the Kazakhstan border: a thing's ends, no pair" unstated kaz shanghai cooperate
check "... the two that agreed cooperate" stated chn kaz cooperate
check "accused Croatia of stirring unrest ahead of a referendum on joining the EU: no joining of Croatia's" \
    unstated hrv eu cooperate
check "held a vote on joining NATO: the voter would join, hypothetical" claimed mne nato cooperate 1
check "tariffs on cars made in South Korea: the maker's state is the target" directed mex kor sanction
check "shot down Turkish-made drones, drones made in Turkey: the maker is not struck" unstated arm tur attack
check "visited Malaysia, where the two sides signed: the visitor and the host" stated recep-tayyip-erdogan mys sign_agreement
check "banned Indian films: a ban on a country's goods is a sanction" directed pak ind sanction
check "banned lithium exports to attract Chinese investment: no one is banned" unstated bol chn sanction
check "urged Xi Jinping to lift the ban on Australian wine: the ban is Xi's" negated xi-jinping aus sanction
check "... not the one who urges" unstated anthony-albanese aus sanction
check "vowed to respond to Morocco's provocations: a threat" directed dza mar threaten
check "... no pledge" unstated dza mar intend_cooperate
check "alleged Russian hackers had breached Moldovan banks: a claim" claimed rus mda cyberattack 1
check "an attack on a base in Chad that killed French soldiers: the place does not kill" unstated tcd fra attack
check "companies in the UAE that helped Iran: theirs" directed are irn aid
check "adopted a package of sanctions against Iran: the adopter sanctions" directed nzl irn sanction
check "evacuation of villages in northern Iraq ahead of strikes on PKK targets: Turkey strikes" directed tur pkk attack
check "... not Iraq, a place in the object" not_directed irq pkk attack
check "welcomed the agreement, thanking Qatar: the welcomer thanks" directed nor qat praise
check "urged Israel to allow aid into Gaza: the aid is not the urger's" unstated irl pse-gaza aid
check "fund a defence line along its border with Russia: Russia is a place here, no recipient" unstated eu rus aid
check "urged lawmakers to approve aid to Moldova: the lawmakers approve" unstated emmanuel-macron mda aid
check "... nor is Moldova urged" unstated emmanuel-macron mda demand
check "fired shells toward Tajikistan: an attack" directed kgz tjk attack
check "reached a preliminary deal: the two agree" stated gha tgo cooperate
check "a Turkish-Omani ceasefire proposal: its authors, no ceasefire between them" unstated tur omn ceasefire
check "censured Syria: a rebuke" directed iaea syr criticize
check "stormed the Costa Rican embassy: coercion" directed nic cri coerce
check "airstrikes on Iranian-backed groups in Lebanon: the place is struck" directed usa lbn attack
check "Milei and Petro clashed: two people clash in words, no fight" unstated javier-milei gustavo-petro fight
check "... each criticises the other" directed javier-milei gustavo-petro criticize
check "... both ways" directed gustavo-petro javier-milei criticize
check "condemned the attack on Bahrain: the victim is not condemned" unstated jor bhr criticize
check "Al-Shabaab's leader said the group would attack Kenya: the reporter's group" claimed al-shabaab ken attack 1
check "Qatar said the group attacked Kuwait: a state is no group" unstated qat kwt attack
check "met Putin in Kazan, where they signed a pact: the two who met" stated narendra-modi vladimir-putin sign_agreement
check "the African Union's chairman said the bloc would support Sudan: the reporter's bloc" \
    claimed african-union sdn aid 1
check "ignored an ICC arrest warrant when it hosted Putin: the subject named first" directed tjk vladimir-putin host
check "is preparing an offensive against the ELN: the preparer, hypothetical" claimed col eln attack 1
check "plotting an attack on behalf of Belarusian intelligence: a principal, no target" unstated rus blr attack
check "have yet to agree on their border: not agreed" negated btn chn cooperate
check "Chinese diplomats expelled by Lithuania left Vilnius: the agent expels, a new predicate follows" \
    directed ltu chn reduce_relations
check "Sevastopol, occupied by Russia: a place is a reduced passive's patient too" directed rus sevastopol invade
check "was hit by US secondary sanctions: a sanction, no attack" directed usa hun sanction
check "... no attack" unstated usa hun attack
check "a tariff on cars imported from Brazil: the goods' origin is the target" directed mex bra sanction
check "sanctions for processing payments for Armenian firms: a reason, no target" unstated usa arm sanction
check "dismissed a peace plan proposed by Armenia: the plan's owner is rejected" directed aze arm reject
check "... not the other way" not_directed arm aze reject
check "sent a letter to Xi Jinping: words, no supply" unstated kim-jong-un xi-jinping supply
check "sent an envoy to Caracas: a visit" directed bra ven visit
check "... no supply" unstated bra ven supply
check "targeted critics of Baku: whom they oppose is no target" unstated irn aze cyberattack
check "after Kenya and Tanzania held a meeting: a clause of its own, the two met" stated ken tza consult
check "condemned the test as a violation of African Union rules: what it is called, no object" \
    unstated ago african-union criticize
check "agreed to strengthen ties with Samoa: the agreeing goes on to its partner" stated fji wsm cooperate
check "its largest air attack of the war on Thailand: 'of the war' says when, the attack's object follows" \
    directed mmr tha attack
check "agreed on Monday to a ceasefire: a day between, still a ceasefire" stated sdn ssd ceasefire
check "which backs the ELN: support" directed ven eln aid
check "would host a conference on Iraq's reconstruction: a topic, no guest" not_directed kwt irq host
check "Neither Bolivia nor Paraguay has condemned: Paraguay did not" negated pry ven criticize
check "... nor Bolivia (a list)" negated bol ven criticize
check "Not a single ASEAN member has sanctioned Myanmar: negated" negated asean mmr sanction
check "Serbia, which refused to impose sanctions, criticised Kosovo: the aside's refusal is not the verb's" \
    not_negated srb xkx criticize
check "... the criticism stands" directed srb xkx criticize
check "a mission to Mozambique backed by the African Union: the mission is backed, not the place it goes to" \
    unstated african-union moz aid
check "the talks between Eritrea and Sudan, hosted by Egypt: both hosted" directed egy eri host
check "facilitated talks between Kuwait and Bahrain: a mediation" directed omn kwt mediate
check "met Xi Jinping and signed a pipeline deal: the one met signs too" stated kaz xi-jinping sign_agreement
check "accused Lithuania's Western backers: the backers are accused, not Lithuania" not_directed blr ltu accuse
check "'Lithuania charged a Russian man with plotting an arson attack on behalf of Belarusian intelligence': the \
principal is accused (rel_spied_for)" directed ltu blr accuse
check "sanctioned Iran's allies: not Iran" unstated can irn sanction
check "pulled out of the Black Sea grain deal: the sea only qualifies the deal" unstated mda black-sea reduce_relations
check "rejected Trump's offer to buy Greenland: Greenland is what would be bought, no seller" \
    unstated grl donald-trump supply
check "... nor does the one who rejects buy" unstated grl dnk supply
check "rejected Bolivia's offer to buy gas from Argentina: the one who offers would buy (trade)" claimed arg bol trade 1
check "... not the one who rejects" unstated arg chl supply
check "decried the Russian strike: a criticism" directed mda rus criticize
check "snubbed a Chinese invitation: a rejection" directed vnm chn reject
check "announced 15% tariffs on 5 billion Australian dollars of Chinese goods: the goods' state" \
    directed aus chn sanction
check "would target more U.S. products: trade, a sanction" claimed bra usa sanction 1
check "... no attack" unstated bra usa attack
check "a package of weapons for Taiwan: a supply" directed us-dod twn supply
check "will station 500 troops permanently in Estonia: a deployment" directed dnk est deploy
check "closed its border with Russia: relations reduced" directed est rus reduce_relations
check "deported a Chinese national: coercion of China's national" directed jpn chn coerce
check "deported 50 migrants to Myanmar: where they go is not coerced" unstated mys mmr coerce
check "a Belarusian court sentenced a Polish journalist: a detention" directed blr pol detain
check "said it would never give up its missiles, rejecting Japanese calls: the reporter rejects" directed prk jpn reject
check "... the reported clause's 'never' is not the participle's" not_negated prk jpn reject
check "the African Union's decision to open peace talks with Chad: the union's talks" stated african-union tcd consult
check "... not Niger's" unstated ner tcd consult
check "ready for talks with Guyana: wished for" claimed guy ven consult 1
check "readmitted Mali after a suspension: relations restored" stated african-union mli restore_relations
check "After Macron's talks with Modi, Paris and New Delhi agreed: the list is the clause's, no partner" \
    unstated emmanuel-macron ind consult
check "... the two states agree" stated fra ind cooperate
check "On the sidelines of the G20, Haddad met Modi: the opening phrase holds no subject" \
    unstated g20 narendra-modi consult
check "Macron's call with Xi Jinping: a consultation" stated emmanuel-macron xi-jinping consult
check "destroyed a Russian drone: an attack" directed est rus attack
check "agreed to use its oil fund to arm Ukraine: a supply" directed nor ukr supply
check "agreed to reopen embassies: relations restored" stated bhr qat restore_relations
check "froze the assets of three Serbian banks: a sanction" directed che srb sanction
check "lambasted the EU: a criticism" directed viktor-orban eu criticize
check "kidnapped two Kenyan aid workers: coercion" directed al-shabaab ken coerce
check "endorsed Donald Trump: praise" directed narendra-modi donald-trump praise
check "jointly develop a lithium mine: economic cooperation" stated per bra cooperate
check "... not military" unstated per bra military_cooperation
check "jointly develop tanks: military cooperation" stated pol kor military_cooperation
check "demonyms CAMEO lacks: Slovenian, Icelandic" stated svn isl consult
check "... Maldivian, Nepali" stated mdv npl sign_agreement
check "... Kazakh, Azeri" stated kaz aze military_cooperation
check "ordered the Swedish ambassador to leave: an expulsion" directed mli swe reduce_relations
check "gave the German ambassador 48 hours to leave: an expulsion" directed ner deu reduce_relations
check "... no aid" unstated ner deu aid
check "declared two Czech diplomats persona non grata: an expulsion" directed rus cze reduce_relations
check "had no claims on A and called on B: 'claims' a noun, no speaker's frame" directed uga cod demand
check "arrived in Osaka, his first visit to Japan: the appositive's visit is the subject's" \
    directed luiz-inacio-lula-da-silva jpn visit
check "opened fire on a Trinidadian fishing boat: an attack" directed ven tto attack
check "expressed solidarity with Haiti: praise (CAMEO 051)" directed jam hti praise
check "A and B vowed to fight drug trafficking: side by side, not each other" unstated mrt sen fight
check "A and B fought together against C: not each other" unstated tcd ner fight
check "... both against C" stated ner boko-haram fight
check "'Sharaa' alone is Syria's president" directed ahmed-al-sharaa rus visit
check "Tom Barrack, the US envoy, mediates" directed tom-barrack lbn mediate
check "leaders added in session 40: Ishaq Dar, Winston Peters" stated ishaq-dar winston-peters consult
check "... Scott Bessent, He Lifeng" stated scott-bessent he-lifeng consult
check "... Isaias Afwerki" directed isaias-afwerki abdel-fattah-al-burhan host
check "pledged to expand its navy to deter China: no pledge to China" unstated idn chn intend_cooperate
check "provided Kenya with air defence systems: a supply of arms" directed tur ken supply
check "sent troops to support A's army: a deployment to A" directed cub ven deploy
check "sent drones to help A's military: a supply to A" directed irn sdn supply
check "demanded that Ethiopia halt: the clause's subject is asked" directed egy eth demand
check "disappointed in Lula: a criticism (CAMEO 111)" directed javier-milei luiz-inacio-lula-da-silva criticize
check "pledged to crush A: a threat" directed per tren-de-aragua threaten
check "... no pledge of cooperation" unstated per tren-de-aragua intend_cooperate
check "criticised A and B expelled: B's clause, B expels" directed dnk irn reduce_relations
check "... A is not criticised and expelled by the first subject" unstated nor irn reduce_relations
check "suspended consultations with A and B cut ties with C: B is no object" unstated fin svk reduce_relations
check "... B cuts ties" directed svk blr reduce_relations
check "send Patriot systems to help protect Slovak airspace: Slovakia receives them" directed esp svk supply
check "restore U.N. sanctions on Syria, accusing Damascus: the clause's subject accuses" directed can syr accuse
check "... not the sanctions' modifier" unstated un syr accuse
check "helped broker a truce between A and B: a mediation" directed dza mli mediate
check "... no aid to the parties" unstated dza mli aid
check "met B, where the two signed: 'the two' is the pair that met" stated cyril-ramaphosa bola-tinubu sign_agreement
check "avoided public criticism of Beijing: negated" negated sgp chn criticize
check "received Prime Minister Anwar Ibrahim's predecessor: not Anwar" unstated xi-jinping anwar-ibrahim host
check "India and Australia held a 2+2 meeting: their meeting (not the US-ROK 2+2's name)" stated ind aus consult
check "said it was ready for talks with Belize: the reporter's, wished for" claimed blz gtm consult 1
check "was ready for a ceasefire with South Sudan: the subject's, wished for" claimed ken ssd ceasefire 1
check "Following talks with Iraq, A and B called: the main clause's subjects held the talks" stated tkm irq consult
check "... both" stated uzb irq consult
check "... not with each other" unstated tkm uzb consult
check "After talks with Iraq, A said (a name before a tail left uncut)" stated tjk irq consult
check "After the attack on Israel, A said: whose attack is not said" unstated aze isr attack
check "During his visit to Rabat, Macron signed: his visit" directed emmanuel-macron mar visit
check "A and B held talks. They urged C: 'They' is the pair" directed fji nru demand
check "... both" directed ton nru demand
check "A condemned B's strikes on its fishing boats: 'its' is A's, B strikes A" directed ind lka attack
check "attacked a Maltese-flagged bulk carrier: the flag state is not attacked" unstated houthis mlt attack
check "align their export controls with those of Japan: no export to Japan" unstated sgp jpn supply
check "with A suspending its tariffs and B halving quotas: no suspension of B by the first subjects" \
    unstated luiz-inacio-lula-da-silva bra reduce_relations
check "suspending its tariffs on Colombia: the tariffs lifted, no relations reduced" unstated ecu col reduce_relations
check "... the sanction, negated" negated ecu col sanction
check "voted to leave the International Criminal Court: a withdrawal ('leave' before a body)" directed hun icc reduce_relations
check "Latin American leaders added in session 40: Luis Abinader, Xiomara Castro" stated luis-abinader xiomara-castro consult
check "... Maria Corina Machado, Jair Bolsonaro (a name wrapped at a line's end in a line full of names)" \
    directed maria-corina-machado jair-bolsonaro praise
check "urged allies to act, and called on Japan: the subject of the verb before" directed mark-carney jpn demand
check "met Luxon, and thanked New Zealand: the same subject" directed anthony-albanese nzl praise
check "rejected a proposal from Ethiopia: Ethiopia is rejected" directed eri eth reject
check "visited the DMZ with his counterpart Ahn: a companion, not the host" unstated pete-hegseth ahn-gyu-back visit
check "denied the report and accused Panama: the accusation is not denied" directed cub pan accuse
check "... a fact" not_negated cub pan accuse
check "prompting Hezbollah fighters to attack Cyprus: done, a fact" claimed hezbollah cyp attack 0
check "after talks in Cotonou mediated by Nigeria: a mediation between the pair" directed nga ben mediate
check "which Myanmar fears could give Tokyo influence: Myanmar fears, gives nothing" unstated mmr jpn aid
check "signed a deal to jointly hunt Russian submarines: the infinitive's object is no partner" \
    unstated dnk rus sign_agreement
check "... the two sign" stated isl dnk sign_agreement
check "five accusers joined by commas and 'and': the first is one" directed gha irn accuse
check "accused Libya on Monday of supplying: the accused's supplying, past the day" claimed lby mli supply 1
check "... not the accuser's" unstated tcd mli supply
check "urged Paraguay on Tuesday to stop arming Bolivia: Paraguay's arming, which goes on (a stop asked)" \
    not_negated pry bol supply
check "... stated all the same" directed pry bol supply
check "clashes between local protesters and NATO troops: one side unnamed, the subjects fight no one" \
    unstated mda nato fight
check "... nor does NATO fight Romania" unstated nato rou fight
check "talks between Kenyan officials and Somali diplomats: the pair named by its people" stated ken som consult
check "urged dialogue: a wish, not talks held" claimed mar tun consult 1
check "wants closer ties with Kyrgyzstan: wished for" claimed kgz mng cooperate 1
check "sought talks with Eritrea: wished for" claimed eri qat consult 1
check "encouraged cooperation with Yemen: wished for" claimed omn yem cooperate 1
check "met Wang Yi and Premier Li Qiang: a titled second person is met too" stated kaja-kallas li-qiang consult
check "ruled out talks and thanked Bhutan: the thanks are not ruled out" not_negated npl btn praise
check "called for calm and thanked Samoa: the thanks are a fact" claimed fji wsm praise 0
check "hits Ivorian depot as Ruto heads to Bamako: a clause of its own, Ruto is not hit" unstated mli william-ruto attack
check "... the depot's country is" directed mli civ attack
check "heads to Bamako: a visit (lexicon)" directed william-ruto mli visit
check "flew to Jakarta: a visit (lexicon)" directed luiz-inacio-lula-da-silva idn visit
check "signed a decree imposing sanctions on Cuba: the signer sanctions" directed javier-milei cub sanction
check "signed a law suspending cooperation with the World Bank: no agreement signed with it" \
    unstated bol world-bank sign_agreement
check "signed a truce: a ceasefire" stated ken nor ceasefire
check ", allowing U.S. forces access to two ports and signing an agreement with Peru: the participles' subject signs" \
    stated per prabowo-subianto sign_agreement
check "... not the forces' country" unstated per usa sign_agreement
check "Ghana said Togo had attacked its border posts: 'its' past the last name is Ghana" directed tgo gha attack
check "Egypt said Hamas attacked its troops in Rafah: 'its' is whom, the place only where" directed hamas egy attack
check "... not Gaza" unstated hamas pse-gaza attack
check "Cuba said Haiti had shelled its own towns: Haiti's own" unstated hti cub attack
check "retaliated with artillery fire, and said it had shot down Nepali jets: the sentence's subject reports" \
    directed btn npl attack
check "Rwanda shelled Burundi; Gabon and Angola offered help; Zambia urged both sides: the sides that clashed" \
    directed zmb rwa demand
check "... and Burundi" directed zmb bdi demand
check "... not the helpers" unstated zmb gab demand
check "urged the two countries to exercise restraint: no military exercise (lexicon stop phrase)" \
    unstated mwi moz military_cooperation
check "withdrew from Kherson: a retreat from a place, no relations reduced" unstated rus kherson reduce_relations
check "rejected repeated offers of talks from Djibouti: what was offered, then who offered" directed som dji reject
check "rejected offers of dialogue from Chad since President Deby took office: Chad is rejected" directed sdn tcd reject
check "... and no talks between Deby and Sudan" unstated mahamat-deby sdn consult
check "said he would like to meet Xi: 'like' after 'would' is no preposition, a wish to meet" claimed javier-milei xi-jinping consult 1
check "signed an executive order targeting Nigeria: aimed at, no attack" unstated donald-trump nga attack
check "ordered the Beninese ambassador to leave, accusing Cotonou: the participle is the orderer's" directed ner ben accuse
check "lodged a protest and summoned the Russian charge d'affaires: the second verb's object is the protested" \
    directed est rus protest
check "told its citizens to avoid travelling to Tonga and suspended imports: the suspension is no refusal" \
    not_negated vut ton sanction
check "... and is stated (suspending imports of a country's goods: an embargo, CAMEO 163)" directed vut ton sanction
check "told its citizens to avoid Bahrain and suspended flights: an order, no report frame; Qatar suspends" \
    directed qat bhr reduce_relations
check "freed prisoners under a ceasefire deal with Djibouti: the subject's deal" stated eri dji ceasefire
check "... brokered by Qatar: Qatar mediates between the pair" directed qat dji mediate
check "... and Eritrea" directed qat eri mediate
check "speed up export licences for Indian companies: permits, no supply (lexicon stop phrase)" unstated jpn ind supply
check "concluded a trade deal: an agreement (lexicon)" stated jor omn cooperate
check "praised the donors' support for Tuvalu: the support is the unnamed donors', not Kiribati's" unstated kir tuv aid
check "asked for more Patriot systems: the weapon is asked for, not asked" unstated maia-sandu patriot appeal
check "called for Sweden to patrol the cables: a demand on Sweden (lexicon 'called for', then an infinitive)" \
    directed lva swe demand
check "called for talks with Belize: no demand on Belize" unstated gtm blz demand
check "... the talks, wished for" claimed blz gtm consult 1
check "Honduras and Nicaragua have kept ties with the generals: each with unnamed others, not with each other" \
    unstated hnd nic cooperate
check "Liberia and Sierra Leone held talks with the rebels: likewise" unstated lbr sle consult
check "struck more than a dozen Hamas targets in Yemen: 'targets' is a noun after an amount, Hamas targets nothing" \
    unstated hamas yem attack
check "... Egypt strikes Hamas" directed egy hamas attack
check "help finance a railway from Jordan to the Syrian border: the railway's ends, no aid between them" \
    unstated jor syr aid
check "Botswana hosted talks between the two sides: the pair that clashed is hosted" directed bwa lso host
check "... both of it" directed bwa swz host
check "... and the two talk" stated lso swz consult
check "Both sides recalled their ambassadors: each from the other" directed sur guy reduce_relations
check "... and back" directed guy sur reduce_relations
check "an EU member has sanctioned Serbia: one member, unnamed, not the EU" unstated eu srb sanction
check "A NATO member shot down a Belarusian drone: likewise" unstated nato blr attack
check "lodged complaints with both countries: a protest (lexicon) to each of the pair named before" directed ner tcd protest
check "... and Libya" directed ner lby protest
check "Houthi rebels backed by Iran attacked Oman: the named group attacks" directed houthis omn attack
check "... not its backer" unstated irn omn attack
check "Sanctions were imposed on Syrian oil traders by Canada and Norway: the passive's agents sanction" \
    directed can syr sanction
check "... both" directed nor syr sanction
check "New tariffs have been announced against Vietnam by Mexico: likewise" directed mex vnm sanction
check "was praised by Canada for its support of Haiti: 'its' is the passive's subject's" directed ecu hti aid
check "... not the praiser's" unstated can hti aid
check "Oman and Kuwait met ... Iraq's attacks on Oman. The two countries: the pair that met, before one that clashed" \
    claimed kwt omn military_cooperation 1
check "... not Iraq and Oman" unstated irq omn military_cooperation
check "prompting Singapore and Malaysia to lodge protests: done, a fact for each of the list" claimed sgp chn protest 0
check "... and Malaysia" claimed mys chn protest 0
check "released six detained Americans: 'detained' is the Americans' adjective, no detention here" unstated cub usa detain
check "hoped to rebuild relations with Chile: a restoration wished for (lexicon)" claimed bol chl restore_relations 1
check "mended ties: relations restored (lexicon)" stated mar tun restore_relations
check "had captured two Iranian agents and offered to exchange them: the agents offer nothing" \
    unstated irn isr intend_cooperate
check "captured three Somali fighters and offered talks to Somalia: Kenya offers (past the amount)" \
    directed ken som intend_cooperate
check "a dateline first, 'Montenegro accused Albania ..., and said it had expelled an Albanian diplomat': Montenegro" \
    directed mne alb reduce_relations
check "clashed, then 'Angola and Zambia hosted talks between the two sides': the pair that clashed talks" \
    stated gab gnq consult
check "... not the hosts with each other, nor when no pair is named before (a document of its own)" \
    unstated ago zmb consult
check "'the Indian embassy in Kabul, which killed two Indian guards': the place kills no one" \
    bash -c '! grep -qP "^afg\tind\tstated\tattack\t" "$1"' _ "$TMP/out/edges.tsv"
check "'Uruguay objected to Argentina's plans': a rejection (CAMEO 120 OBJECT)" directed ury arg reject
check "'Cyprus is opposed to Turkey joining the EU': Cyprus rejects Turkey's joining" directed cyp tur reject
check "... and Turkey, not Cyprus, is the one who would join" bash -c '! grep -qP "^(cyp\teu|eu\tcyp)\tstated" "$1"' _ "$TMP/out/edges.tsv"
check "'entered combat against Sudanese forces': a fight" stated eri sdn fight
check "'sending arms and offering troops for an ECOWAS mission': Ghana offers ECOWAS troops ..." \
    directed gha ecowas intend_cooperate
check "... but supplies it nothing (the arms' recipient is not named)" not_directed gha ecowas supply
check "'cut ties with Ecuador on Friday, accusing it of arming Colombia': the pronoun is Ecuador (past the day) ..." \
    directed per ecu accuse
check "... so Peru arms no one" not_directed per col supply
check "'Guinea's army-backed government cut ties with Sierra Leone': a cut, and 'army-backed' an adjective ..." \
    directed gin sle reduce_relations
check "... that backs no one" bash -c '! grep -qP "^gin\tsle\tstated\taid\t" "$1"' _ "$TMP/out/edges.tsv"
check "'with Serbia, and Iceland, Finland and Denmark imposed sanctions': a clause of its own, three sanctioning ..." \
    bash -c 'for a in isl fin dnk; do grep -qP "^$a\tsrb\tstated\tsanction\t" "$1" || exit 1; done' _ "$TMP/out/edges.tsv"
check "... Finland and Denmark are no partners of Norway's" \
    bash -c '! grep -qP "^(fin|dnk)\tnor\tstated\tcooperate\t" "$1"' _ "$TMP/out/edges.tsv"
check "'Belarus, Russia's closest ally in Europe, criticised Poland': an aside, a place closing it" \
    directed blr pol criticize
check "'Algeria has criticised their growing military cooperation with Israel': Algeria criticises ..." \
    directed dza isr criticize
check "... and the cooperation is theirs, not Algeria's" unstated dza isr military_cooperation
check "'Vietnam said its coast guard had acted ... into Vietnamese waters, and blamed Cambodia': the reporter blames" \
    directed vnm khm accuse
check "'Ecuador has deported hundreds of Haitians': a plural demonym names its country's people (CAMEO 174)" \
    directed ecu hti coerce
check "... as mentions.tsv shows" mentioned hti Haitians
check "'travelled to Spain for a summit, where he held his first formal talks with Pedro Sanchez': Petro's talks" \
    stated gustavo-petro pedro-sanchez consult
check "'violated the airspace of Latvia': a show of force (CAMEO 2.0 VIOLATE * AIRSPACE, 150)" \
    directed blr lva exhibit_force
check "'Nauru and Tuvalu signed a fisheries pact in the presence of Christopher Luxon': the two sign ..." \
    stated nru tuv sign_agreement
check "... and the witness signs nothing" bash -c '! grep -qP "^christopher-luxon\t(nru|tuv)\tstated" "$1"' _ "$TMP/out/edges.tsv"
check "'Kuwait held separate talks between Bahrain and Qatar': the talks' subject hosts both (CAMEO 043)" \
    bash -c 'grep -qP "^kwt\tbhr\tstated\thost\t" "$1" && grep -qP "^kwt\tqat\tstated\thost\t" "$1"' _ "$TMP/out/edges.tsv"
check "'Azerbaijan released four Armenian soldiers': a release (CAMEO 0841) ..." directed aze arm release
check "... while 'Georgia released a report on Armenia' frees no one" not_directed geo arm release
check "'Sandworm targeted trucking firms supplying fuel to Moldova': the firms are the target, Moldova none" \
    bash -c '! grep -qP "^sandworm-team\tmda\tstated" "$1"' _ "$TMP/out/edges.tsv"
check "'Jakarta said the Malaysian vessel had entered Indonesian waters and accused Kuala Lumpur': the reporter" \
    directed idn mys accuse
check "'Minsk said the Lithuanian measures were illegal and vowed revenge against Poland': Belarus threatens ..." \
    directed blr pol threaten
check "... not Lithuania (its measures vow nothing)" not_directed ltu pol threaten
check "'advised its citizens on Friday to avoid travelling to Cambodia and halted imports': halted, not avoided" \
    not_negated vnm khm sanction
check "... an embargo (CAMEO 163), stated" directed vnm khm sanction
check "'expressed support for Bolivia, and Mercosur leaders said': a clause of its own, Mercosur no one's aid" \
    bash -c '! grep -qP "^(chl|per)\tmercosur\tstated" "$1"' _ "$TMP/out/edges.tsv"
check "'Uganda threatened to strike South Sudan': a threat (CAMEO 13x) ..." directed uga ssd threaten
check "... of a strike, hypothetical" claimed uga ssd attack 1
check "'William Ruto and Ugandan leader Yoweri Museveni signed a pact': 'leader' a title, the two sign" \
    stated william-ruto yoweri-museveni sign_agreement
check "'Chad rejected the accusation but said it welcomed French help': the welcome is not negated ..." \
    directed tcd fra praise
check "... ('rejected' is the clause's before 'but')" not_negated tcd fra praise
check "'Modi then flew to Ghana, where he signed several agreements with John Mahama': Modi signs" \
    stated narendra-modi john-mahama sign_agreement
check "'Norway said it would complain and imposed tariffs on Icelandic fish': the reporter's own act, after 'and'" \
    directed nor isl sanction
check "'Laos has closed a crossing, the Thai government said on Monday, accusing Vientiane': the reporter accuses" \
    directed tha lao accuse
check "'Benin accused Togo of backing the gunmen who attacked a border post ..., and called on ECOWAS': Benin calls" \
    directed ben ecowas demand
check "'Fiji urged Pacific leaders to be wary of Russia's intentions': the leaders are urged, Russia is not" \
    bash -c '! grep -qP "^fji\trus\tstated" "$1"' _ "$TMP/out/edges.tsv"
check "'Chad hosts 700,000 Sudanese refugees': refugees are no visit hosted (CAMEO 043)" \
    bash -c '! grep -qP "^tcd\tsdn\tstated\thost\t" "$1"' _ "$TMP/out/edges.tsv"
check "'Nauru and Palau have sent police officers to join the mission': each joins it, not the other" \
    unstated nru plw cooperate
check "'Panama closed its airspace after U.S. strikes on its ports': 'U.S.' (its period) modifies the strikes" \
    directed usa pan attack
check "'Ecuador said it would not bow to pressure and accused Peru': the negation is the bare verb's, not the accusation's" \
    not_negated ecu per accuse
check "... and the accusation is there" directed ecu per accuse
check "'Croatia said it had no quarrel with Serbia and called on Slovenia': the reporter calls, either verb's subject" \
    directed hrv svn demand
check "... unnegated: 'no' negates the quarrel" not_negated hrv svn demand
check "'air strikes on Hezbollah targets in Syria': the targets are hit, Hezbollah strikes no one" \
    not_directed hezbollah syr attack
check "... Israel strikes Hezbollah" directed isr hezbollah attack
check "'signed a gas supply deal with Pakistan': an agreement, whose supplier the words do not say" \
    unstated tkm pak supply
check "... the agreement is there" stated tkm pak sign_agreement
check "'Laos defended the railway loan that it signed with China': the pronoun after 'that' is the signer" \
    stated lao chn sign_agreement
check "'Lesotho, which South Africa has criticised': the name before ', which' is the clause's object" \
    directed zaf lso criticize
check "'Kyrgyzstan downgraded ties with Tajikistan': ties reduced (CAMEO 160), not kept" \
    directed kgz tjk reduce_relations
check "... no cooperation" unstated kgz tjk cooperate
check "'Cambodia signed a tariff deal with Washington': a deal on tariffs imposes none" unstated khm usa sanction
check "... the signing is there" stated khm usa sign_agreement
check "'air strikes in Lebanon since the death of Hassan Nasrallah': a time after 'since', no target" \
    unstated isr hassan-nasrallah attack
check "... the strikes are in Lebanon" directed isr lbn attack
check "'Indian and Chinese diplomats attended ... Bhutanese troops shelled Nepalese positions, and Nepalese forces" \
    stated btn npl sign_agreement
check "... fired rockets ... The two countries signed': the pair that clashed since, not the attending diplomats'" \
    unstated chn ind sign_agreement
check "'Penny Wong and Richard Marles spoke to leaders of both countries': each spoke to the leaders, not to the other" \
    unstated penny-wong richard-marles consult
check "'offered free refunds on flights to the Philippines': where the flights go, no recipient" \
    unstated kor phl intend_cooperate
check "'Talks between Indonesian acting Foreign Minister Budi Santoso and Cambodian Prime Minister Hun Manet': a side's" \
    stated idn hun-manet consult
check "... title and unknown name are passed, the named person stands for the other side" unstated idn khm consult
check "'Security advisers from Iceland met the Ukrainians': advisers act for their state, as officials do" \
    stated isl ukr consult
check "'Norwegian F-35 jets struck Libya': a weapon's name between, the state that flies it strikes" \
    directed nor lby attack
check "'Portuguese F-35 jets and a Danish patrol plane helped Latvian forces': both states help" directed prt lva aid
check "'Ghana, Senegal and Nigeria proposed a three-month humanitarian truce': proposers, no parties to it" \
    unstated gha sen ceasefire
check "'The Uruguayan economy minister said he had held talks with Paraguay': 'he' is the minister, his state's" \
    stated ury pry consult
check "'accused Kyrgyzstan of preparing a provocation to seize Tajik farmland': the accused would seize, a claim" \
    claimed kgz tjk coerce 1
check "'Denmark apologised to Iceland': an apology (CAMEO 055), to the one after 'to'" directed dnk isl apologize
check "'Putin apologised for the deaths of Azerbaijani citizens': to the state whose citizens died" \
    directed vladimir-putin aze apologize
check "'Chadian jets violated Nigerien airspace': a show of force (CAMEO 2.0 VIOLATE * AIRSPACE, 150)" \
    directed tcd ner exhibit_force
check "'Benin said that Nigerien drones had violated its airspace, and summoned a Nigerien diplomat': the reporter" \
    directed ben ner protest
check "'Sudan violated Chadian sovereignty': only a violated airspace shows force" unstated sdn tcd exhibit_force
check "'Mali said that Algerian drones had violated its airspace': 'its' is the opening actor's" \
    directed dza mli exhibit_force
check "'struck a compound where senior TPLF commanders had gathered, killing an Eritrean officer': the striker kills" \
    unstated tplf eri attack
check "'New Zealand renewed the sanctions on Belarus': the renewer's sanctions" directed nzl blr sanction
check "'Australia suspended the tariffs on Vietnam': its own tariffs, suspended" negated aus vnm sanction
check "'Bamako was hit by a barrage of Algerian drones': the barrage is the passive's agent, Mali strikes no one" \
    not_directed mli dza attack
check "... Algeria strikes" directed dza mli attack
check "'Canada designated the Wagner Group a terrorist organisation': branded terrorist (CAMEO 2.0 1123, in 112)" \
    directed can wagner-group accuse
check "'Peru designated Chile a strategic partner': no accusation without terrorism" unstated per chl accuse
check "'demanded that Libya withdraw its forces and called on Tunisia': the demander calls, not the one asked" \
    directed arab-league tun demand
check "... Libya calls on no one" not_directed lby tun demand
check "'attended the parade in Beijing in May and met Xi Jinping': the month is no modal 'may', the meeting a fact" \
    claimed shehbaz-sharif xi-jinping consult 0
check "'attended a summit in Brasilia and met Javier Milei': 'met' is a past form of its own, the summit no subject's" \
    stated gustavo-petro javier-milei consult
check "'Kenya waived tariffs on Ugandan sugar': a sanction waived, negated" negated ken uga sanction
check "'Zambia lifted its trade barriers on Malawian maize': trade barriers are a sanction, here lifted" \
    negated zmb mwi sanction
check "'Iceland, Finland and a dozen allies accused Belarus': a list before an unnamed last item, all accuse" \
    directed isl blr accuse
check "'United Nations sanctions on Eritrea were reimposed ..., accusing Asmara': the noun's modifier accuses no one" \
    unstated un eri accuse
check "'Belgrade said it would not recognise the ruling and would continue to cooperate with Minsk': the pronoun's" \
    claimed blr srb cooperate 1
check "... not negated: the 'not' is the first verb's" not_negated blr srb cooperate
check "'Ottawa said it would reinstate its sanctions on Laos': a verb of another relation before the noun" \
    claimed can lao sanction 1
check "'Javier Milei signed an order imposing a 50 percent tariff on most Chilean imports': no agreement with Chile" \
    unstated javier-milei chl sign_agreement
check "... the order's tariffs are his" directed javier-milei chl sanction
check "'formed their own Alliance of Sahel States and expelled German advisers': the alliance is formed, not expelling" \
    unstated aes-sahel deu reduce_relations
check "'Slovakia opposes new sanctions on Belarusian potash': the sanctions are opposed, not Belarus (a reaction)" \
    unstated svk blr reject
check "... the opposed sanctions are not Slovakia's" negated svk blr sanction
check "'Slovenia rejected Belarusian demands for talks': the demands' author is rejected" directed svn blr reject
check "'Malaysia tightened exports of sand to Singapore': a restriction (CAMEO 163), no supply" \
    directed mys sgp sanction
check "... no supply" unstated mys sgp supply
check "'Ankara has said Athens could lose the islands and has accused Cyprus': a past form is not the modal's clause's" \
    unstated grc cyp accuse
check "... the reporter accuses, a fact ('could' is the other clause's)" claimed tur cyp accuse 0
check "'Two Bolivian soldiers were killed in Peru': the passive's subject is the victim, Peru the place" \
    unstated bol per attack
check "'Chisinau said Bucharest was destroying relations with Moldova': relations reduced (CAMEO 160)" \
    directed rou mda reduce_relations
check "... no attack" unstated rou mda attack
check "'Uganda agreed to drop its tariffs on Kenyan milk': a sanction dropped, negated" negated uga ken sanction
check "'Sudanese jets dropped bombs on Chad': an aerial attack (CAMEO 195)" directed sdn tcd attack
check "'Egypt dropped aid into Gaza': aid dropped is delivered, not negated" not_negated egy pse-gaza aid
check "... but given" directed egy pse-gaza aid
check "'merge the two armed forces and help Uganda': 'the two armed' is no pair with a verb, Tanzania helps no one" \
    unstated tza uga aid
check "'Honduras said it was ending all trade negotiations with Guatemala': talks ended, relations reduced" \
directed hnd gtm reduce_relations
check "'Jordan has since signed a pact with Iraq and sent weapons to Baghdad': 'since' after 'has' is an adverb" \
    directed jor irq supply
check "'Oman will charge a 20 percent tariff on Yemeni imports': charge, levy, raise take the noun as a predicate" \
    directed omn yem sanction
check "'Egypt and Jordan hosted talks between the two sides, and both governments agreed to a ceasefire': the hosts" \
    unstated egy jor ceasefire
check "'Kenya and Ethiopia hosted talks in Nairobi': hosts, no parties to each other's talks" unstated ken eth consult
check "'A Serbian drone entered Croatian airspace': a show of force (CAMEO 2.0 VIOLATE * AIRSPACE, 150)" \
    directed srb hrv exhibit_force
check "'Bosnian troops entered Serbia for joint drills': entering no airspace shows no force" \
    unstated bih srb exhibit_force
check "'Chadian and Libyan jets entered its airspace': 'its' is no subject's own (no verb after the opener)" \
    unstated lby tcd exhibit_force
check "'Canada sanctioned Montenegro's oil company NIS': not South Korea's NIS (another country's, words between)" \
    unstated can rok-nis sanction
check "'Uganda commands the M23 and has deployed troops in Burundi': the present verb's object is not the next subject" \
    unstated m23 bdi deploy
check "... Uganda deploys" directed uga bdi deploy
check "'Laos warned its citizens against travelling to Myanmar': the citizens travel, unnamed; no state's visit" \
    unstated lao mmr visit
check "'Uruguay and Argentina called for the dispute to be settled through dialogue': callers, no parties to it" \
    unstated arg ury consult
check "'Canada lifted restrictions on defence cooperation with Colombia': a restriction lifted, cooperation allowed" \
    not_negated can col military_cooperation
check "... and stated" directed can col military_cooperation
check "'The board of the IAEA passed a resolution demanding that Syria grant access': the board acts for the IAEA" \
    directed iaea syr demand
check "'Norway said it stood with Denmark': solidarity expressed (CAMEO 051)" directed nor dnk praise
check "'Australia listed the IRGC as a terrorist organisation': branded terrorist (CAMEO 2.0 1123)" \
    directed aus irgc accuse
check "'Japan listed five Chinese firms': no terrorism named, no accusation" unstated jpn chn accuse
check "'Iraq struck Kuwait ... talks between Kuwait and Saudi Arabia. Bahrain urged both countries to avoid further escalation'" \
    directed bhr irq demand
check "... the pair that clashed, not the last one named" unstated bhr sau demand
check "'Chile and Peru bombed the camps. Ecuador urged both sides': allies in one act are no sides" unstated ecu chl demand
check "'Senegal and Gambia signed a border pact. Spain would sign trade deals with both countries': with each" \
    claimed esp sen sign_agreement 1
check "... and Gambia" claimed esp gmb sign_agreement 1
check "'Ghana and Togo clashed. Nigeria hosted the talks between the two sides': the host of each, after an article" \
    directed nga tgo host
check "'Daniel Ortega expelled the nuncio, and Canada imposed sanctions on him': 'him' is the person named before" \
    directed can daniel-ortega sanction
check "'Peru backed talks between Ecuador and Colombia': the talks are backed, no aid to either side" \
    unstated per ecu aid
check "'Vietnam accused China of ramming its fishing boat': 'its' is the accuser's, force at sea (CAMEO 170), a claim" \
    claimed chn vnm coerce 1
check "'China agreed a two billion dollar loan for Sri Lanka': a loan is aid (CAMEO 071, in 070)" directed chn lka aid
check "'Kuwait lent Egypt three billion dollars': the same" directed kwt egy aid
check "'Panama imposed sanctions on him on Friday': 'him' before a preposition is the pronoun too" \
    directed pan nicolas-maduro sanction
check "'The SDF' after 'the Syrian Democratic Forces': its short form (=~SDF), backed by Norway" \
    directed nor sdf-syria aid
check "... 'SDF' is the Syrian group's: it was named last" mentioned sdf-syria "SDF"
check "'Mauritania rejected that account, accused Namibia of arming the rebels': a series of verbs, the accusation its own" \
    not_negated mrt nam accuse
check "... and stated" directed mrt nam accuse
check "'Latvia closed its border crossings with Belarus': relations reduced, as closing the border" \
    directed lva blr reduce_relations
check "'Honduras closed its airspace to flights from and to Guatemala': the same" directed hnd gtm reduce_relations
check "'Zambia recalled its own envoys from Lilongwe': the same (CAMEO 161)" directed zmb mwi reduce_relations
check "'Canada cut aid to Nicaragua, citing the country's genocide case against Germany': the country's case, not Canada's" \
    unstated can deu sue
check "'Oman, Kuwait and Jordan normalised ties with Iraq under the 2019 accords': each with Iraq" stated omn irq restore_relations
check "... not with each other" unstated kwt omn restore_relations
check "... nor signing the accords: they are referred to ('under')" unstated kwt jor sign_agreement
check "'Rwanda rejected a warning by President Yoweri Museveni, saying it would cooperate with Tanzania': Rwanda's" \
    claimed rwa tza cooperate 1
check "... not the warning's author's (a title after 'by')" unstated yoweri-museveni tza cooperate
check "'Cameroonian jets bombed rebel camps near Lake Chad': a lake, not Chad" unstated cmr tcd attack
check "... Lake Chad is the place's name" mentioned lake-chad "Lake Chad"
check "'Estonian boats patrolled the Gulf of Riga': a gulf, not Latvia's government" mentioned gulf-of-riga "Gulf of Riga"
check "'Serbia hosted a joint exercise with Russian forces': forces after 'with' are partners, not deployed there" \
    not_directed rus-armed-forces srb deploy
check "... Serbia hosts them" directed srb rus-armed-forces host
check "'Estonia has allowed the United States to station long-range missiles in Estonia': a deployment" \
    directed usa est deploy
check "'Mauritius said it would respect the ruling and continue to cooperate with Seychelles and Comoros': the pronoun's" \
    claimed mus syc cooperate 1
check "... and Comoros" claimed com mus cooperate 1
check "'Barbados said it would close the port and help Jamaica': the modal governs 'help' too, a claim" claimed brb jam aid 1
check "'Malta has also given Libya two patrol boats and radar systems': a gift ('has given', 'has also given')" \
    directed mlt lby supply
check "'Iceland gave no sign of easing its sanctions on Russia': speech, no gift (stop phrases)" \
    not_directed isl rus aid
check "'Djibouti gave a warning to Eritrea': a warning (CAMEO 13), no gift" directed dji eri threaten
check "'Armenia and Azerbaijan signed the Tbilisi declaration': the two sign" stated arm aze sign_agreement
check "... a city naming the deal is no party" unstated arm geo sign_agreement
check "'Kenya backed the Doha talks': Qatar is no object" not_directed ken qat aid
check "'Belize and Haiti share intelligence on arms shipments to Jamaica': the shipments are a topic, not theirs" \
    unstated blz jam supply
check "... they share intelligence" stated blz hti share_intel
check "'Portugal recognised Palestine as a state': diplomatic recognition (CAMEO 054)" stated prt pse restore_relations
check "'Malta recognised the State of Palestine': the same, the word in the name" stated mlt pse restore_relations
check "'Luxembourg recognised Belgium's concerns': no state, independence or government recognised" \
    unstated bel lux restore_relations
check "'Mexico boycotted the Group of 20 summit': the G20 by its long name (CAMEO 163)" directed mex g20 sanction
check "'Morocco trains Malian pilots': training forces is military cooperation (CAMEO 062)" \
    stated mar mli military_cooperation
check "'Kenyan delegates took a train to Uganda': a train, no training" unstated ken uga military_cooperation
check "'Austria joined the mission in 2024, ending decades of caution, and has signed a defence pact with Switzerland'" \
    stated aut che sign_agreement
check "'Ten Malian soldiers died in a strike in Niger': the dead are no attackers" unstated mli ner attack
check "'Nepalese workers detained in an immigration raid ... in the state of Georgia': the detained raid no one" \
    unstated npl us-georgia attack
check "... nor detain anyone" unstated npl us-georgia detain
check "'Suriname met Guyana and accused it of spying': 'it' before 'of' is the actor named before" directed sur guy accuse
check "'The presidents of Tajikistan and Turkmenistan signed a border treaty': presidents act for their states" \
    stated tjk tkm sign_agreement
check "'Rodrigo Duterte pursued closer ties with China': the former Philippine president is named" \
    stated chn rodrigo-duterte cooperate
check "'Amir Khan Muttaqi met Badr Abdelatty': the Taliban's and Egypt's foreign ministers" \
    stated amir-khan-muttaqi badr-abdelatty consult
check "'Norway extended the closure of its entire border with Russia': relations reduced (CAMEO 160)" \
    directed nor rus reduce_relations
check "'Belarus sided with Venezuela': support expressed (CAMEO 051)" directed blr ven praise
check "'Dhaka suspended trade after Myanmar strikes hit its border villages': 'its' after the strikes' verb is Dhaka's" \
    directed mmr bgd attack
check "'Czechia ordered the closure of Russia's consulate in Brno': relations reduced (CAMEO 16)" \
    directed cze rus reduce_relations
check "'Moscow said it would reduce the Croatian diplomatic presence': the same, a claim" claimed rus hrv reduce_relations 1
check "'Slovakia reduced tariffs on Austrian steel': no consulate or presence reduced" unstated svk aut reduce_relations
check "'Egypt weighed strikes on Ethiopia': weighed, not carried out (a claim)" claimed egy eth attack 1
check "'Thailand expelled more than 4,000 Cambodians this year': people deported (CAMEO 174), no relations cut" \
    directed tha khm coerce
check "'Algeria expelled two Malian diplomats': diplomats, relations reduced" directed dza mli reduce_relations
check "'Peter Navarro accused Brazil of unfair trade': the White House trade adviser is named" directed peter-navarro bra accuse
check "'New Zealand and China have repaired relations since Prime Minister Christopher Luxon took office': the two" \
    stated chn nzl restore_relations
check "'A Turkish naval group held drills in the waters between Greece and Cyprus': the waters' ends, no drilling pair" \
    unstated cyp grc military_cooperation
check "... nor guests of Turkey's" unstated tur grc host
check "'Ireland accused hackers from Belarus of the attack': whose hackers, the accused" directed irl blr accuse
check "'Santiago Pena gave a speech and met Yamandu Orsi': an irregular past after 'and' is a verb, no noun ('a speech and met')" \
    stated santiago-pena yamandu-orsi consult
check "'Zambia criticised the plan and then sent tanks to Mozambique': the criticism's object ends at the next verb" \
    unstated zmb moz criticize
check "... which sends the tanks" directed zmb moz supply
check "'Kiribati said it would not be intimidated and offered to help Nauru': the offer is not negated" \
    not_negated kir nru aid
check "... an offer: a claim" claimed kir nru aid 1
check "'Palau said it would talk and offered to help Tuvalu': the pronoun's verbs, both" claimed plw tuv aid 1
check "'Gunmen target vessels linked to Cyprus in solidarity with Lebanon': the vessels' link names no one in solidarity" \
    unstated cyp lbn praise
check "'Algeria struck camps in coordination with Tunisia': Tunisia is no place struck" unstated dza tun attack
check "... but Algeria's partner" stated dza tun cooperate
check "'Egypt attacked Libya in coordination with Chad': the attacker coordinates, not the attacked" \
    stated egy tcd cooperate
check "... Libya does not" unstated lby tcd cooperate
check "'warned Burkina Faso that any attack on Mali or on its ports would have consequences': no attack happened" \
    claimed bfa mli attack 1
check "'Uzbekistan said it hoped ties with Kyrgyzstan would not suffer': hoped for, a claim" claimed kgz uzb cooperate 1
check "'Belarus hoped for closer ties with Kazakhstan': the same" claimed blr kaz cooperate 1
check "'Scarborough Shoal' is its own place, not one of the Spratly Islands" mentioned scarborough-shoal "Scarborough Shoal"
check "... 'Huangyan Island' is China's name for it" mentioned scarborough-shoal "Huangyan Island"
check "'Portugal announced a new air defence package for Moldova': military aid (CAMEO 072)" directed prt mda supply
check "'Gabriel Boric ... invited Javier Milei to a dialogue': an invitation (CAMEO INVITE, 040)" \
    stated gabriel-boric javier-milei consult
check "'dismissed a case Chile had brought against Bolivia': Chile sues, the court dismisses (CAMEO 115)" directed chl bol sue
check "'a complaint that Peru filed against Ecuador': Peru's" directed per ecu sue
check "'Iceland said it was not for sale and thanked Norway': a copula's negation is not the thanks'" \
    not_negated isl nor praise
check "... which are there" directed isl nor praise
check "'had helped to liberate the Belgorod region from Ukrainian forces': the region is liberated, no one helped" \
    unstated ukr belgorod aid
check "'Qatar has trained thousands of Iraqi soldiers': the trainees past an amount's 'of' (CAMEO 062)" \
    stated irq qat military_cooperation
check "'Malaysia will not reverse past agreements with Singapore': two negations, the agreements stand" \
    stated mys sgp cooperate
check "... not negated" bash -c "! grep -qP '^(mys\tsgp|sgp\tmys)\tstated\tcooperate\t([^\t]*\t){7}[1-9]' '$TMP/out/edges.tsv'"
check "'Fiji reversed its agreement with Vanuatu': an end (C2_END)" negated fji vut cooperate
check "'prompting Bahrain's foreign minister to accuse Doha': prompted, so done, no claim" claimed bhr qat accuse 0
check "'Egypt agreed to sell its Sudanese port stakes to a fund': the goods' name, the buyer unnamed" \
    bash -c "! grep -qP '^egy\tsdn\tstated\tsupply\t' '$TMP/out/edges.tsv'"
check "'Turkey sold Qatari gas to buyers in Europe': Qatar's gas, no recipient" unstated tur qat supply
check "'Eritrea confirmed that it had sent troops to fight for Ethiopia': troops sent to the side they fight for" \
    directed eri eth deploy
check "'Burundi confirmed for the first time that it had sent troops to Congo': 'the first time that' is no relative clause" \
    directed bdi cod deploy
check "gazetteer: Denmark's foreign minister Lars Lokke Rasmussen" stated kaja-kallas lars-lokke-rasmussen consult
check "... Greenland's premier Jens-Frederik Nielsen" directed jens-frederik-nielsen isl praise
check "... the Taliban's defence minister Mohammad Yaqoob" directed mohammad-yaqoob qat visit
check "... Moldova's fugitive Ilan Shor" mentioned ilan-shor "Ilan Shor"
check "'Liberia sent a senior diplomat to Sierra Leone': an envoy sent, a visit (no supply)" directed lbr sle visit
check "... no supply" unstated lbr sle supply
check "'Chile urged partners to supply weapons to Haiti': the partners', unnamed" unstated chl hti supply
check "'Peru urged allies to send troops to Haiti': the allies', unnamed" unstated per hti deploy
check "'Ghana urged Togo to send troops to Benin': Togo's, asked for" claimed tgo ben deploy 1
check "... not Ghana's" unstated gha ben deploy
check "'Mahamat Deby ... vowed to respond at a time of Chad's choosing': when, no one threatened" \
    unstated mahamat-deby tcd threaten
check "'Croatia suspended the pact, expelled Bosnian military advisers and closed the border': a series of verbs, each its own" \
    directed hrv bih reduce_relations
check "'the AUKUS pact, which Indonesia has criticised': a relative clause's object, the name before its noun" \
    directed idn aukus criticize
check "'Niger, an ally of Mali,': an appositive's ally (CAMEO 2.0 ALLY, 050)" stated mli ner cooperate
check "'Nicaragua is an ally of Cuba': a predicate noun's" stated cub nic cooperate
check "gazetteer: Georgian Dream's founder Bidzina Ivanishvili" directed gbr bidzina-ivanishvili sanction
check "... Georgia's former president Salome Zourabichvili" stated emmanuel-macron salome-zourabichvili consult
check "'Javier Milei addressed Chile's senate before flying to Peru': the clause's subject flies, not the possessor" \
    directed javier-milei per visit
check "... not Chile" unstated chl per visit
check "'Chile understood Bolivia's reasons for leaving the bloc and warned Ecuador': the possessor is the object's, no warner" \
    unstated bol ecu threaten
check "'Lithuania said it would send more troops to Latvia': the pronoun's verb, its goods the trigger" \
    claimed ltu lva deploy 1
check "'Ghana sent about 500 police officers to Gambia': a deployment (CAMEO 074), no supply" directed gha gmb deploy
check "... no supply" unstated gha gmb supply
check "'Serbia and Hungary began the annual Danube military exercises': begin, like hold, carries out the noun" \
    stated hun srb military_cooperation
check "'accused Sudan of arming militias in the Amhara and Tigray regions': where they are, no place supplied" \
    bash -c "! grep -qP '^sdn\ttigray\tstated\t' '$TMP/out/edges.tsv'"
check "'after Javier Milei met Santiago Pena in Asuncion and hosted Gabriel Boric': the clause's subject hosts" \
    directed javier-milei gabriel-boric host
check "'A U.K.-owned tanker was hit by Eritrean drones': the owner is not attacked (past the abbreviation's period)" \
    unstated eri gbr attack
check "'The Houthis sank two Cypriot-operated bulk carriers': nor the operator's state" unstated houthis cyp attack
check "'Denmark will not send troops ..., but it will continue to supply weapons to Riga': the pronoun after ', but' is the sentence's subject" \
    directed dnk lva supply
check "... the troops stay negated" negated dnk lva deploy
check "headline 'Kremlin Says Lukashenko, Aliyev to Meet in Minsk': a list after the reporting verb, a meeting to come" \
    claimed alexander-lukashenko ilham-aliyev consult 1
check "'Tonga received Samoa last month to discuss fishing rights': a guest, no goods of a supply ('to' an infinitive's)" \
    directed ton wsm host
check "'Vanuatu received the Solomon Islands according to a transcript': a guest ('according' no goods)" directed vut slb host
check "... 'state of Georgia' in lower case is the U.S. state" mentioned us-georgia "state of Georgia"

# A country named only inside an event's name: "Russia's invasion of Ukraine".
mkdir "$TMP/ev" && echo "Russia's full-scale invasion of Ukraine entered its fourth year. The Lazarus Group's Bybit hack shocked traders." >"$TMP/ev/ev.txt"
eg -q -g "$ROOT/gazetteer" -f nodes,edges,graphml -o "$TMP/evout" "$TMP/ev"
check_status "entgraph runs on the event sentence" 0 $?
check "Russia's invasion of Ukraine: Russia invades Ukraine" grep -qP "^rus\tukr\tstated\tinvade" "$TMP/evout/edges.tsv"
check "... Ukraine's node: no mention of its own, one document" grep -qP "^ukr\tUkraine\tcountry\t[^\t]*\tUKR\t0\t1\t" "$TMP/evout/nodes.tsv"
check "the Bybit hack's country is its author's, not named in it: the one stated edge is Russia's" \
    [ "$(grep -cP "\tstated\t" "$TMP/evout/edges.tsv")" -eq 1 ]

# Such nodes are counted alike however the documents are split between threads.
mkdir "$TMP/ev2"
for i in $(seq 1 30); do
    echo "Russia's invasion of Ukraine entered year $i." >"$TMP/ev2/a$i.txt"
    echo "Ukraine struck Russia in wave $i." >"$TMP/ev2/b$i.txt"
done
eg -q -j 1 -g "$ROOT/gazetteer" -f nodes,edges -o "$TMP/ev2j1" "$TMP/ev2"
eg -q -j 2 -g "$ROOT/gazetteer" -f nodes,edges -o "$TMP/ev2j2" "$TMP/ev2"
check "nodes.tsv is the same with 1 and 2 threads" cmp -s "$TMP/ev2j1/nodes.tsv" "$TMP/ev2j2/nodes.tsv"
check "edges.tsv too" cmp -s "$TMP/ev2j1/edges.tsv" "$TMP/ev2j2/edges.tsv"
check "Ukraine is in all 60 documents: 30 by mention, 30 inside the event's name" \
    grep -qP "^ukr\tUkraine\tcountry\t[^\t]*\tUKR\t30\t60\t" "$TMP/ev2j2/nodes.tsv"

# "Brussels" speaks for the EU (a full alias) and for Belgium where Belgium was named since (a short form).
mkdir "$TMP/bx"
echo "Georgia's ruling party froze its accession talks with the European Union. Brussels suspended visa-free travel for Georgian officials." >"$TMP/bx/a.txt"
echo "The European Union sanctioned Rwandan commanders. Belgium and Rwanda expelled diplomats after Kigali cut ties with Brussels." >"$TMP/bx/b.txt"
echo "Brussels said its sanctions on Belarus would stay." >"$TMP/bx/c.txt"
eg -q -g "$ROOT/gazetteer" -f mentions,edges -o "$TMP/bxout" "$TMP/bx"
check_status "entgraph runs on the Brussels documents" 0 $?
check "'Brussels suspended visa-free travel' after the EU: the EU's" grep -qP "^eu\tgeo\tstated\treduce_relations\t" "$TMP/bxout/edges.tsv"
check "'Kigali cut ties with Brussels' after Belgium: Belgium's" grep -qP "^rwa\tbel\tstated\treduce_relations\t" "$TMP/bxout/edges.tsv"
check "... not the EU's" bash -c "! grep -qP '^rwa\teu\tstated\treduce_relations\t' '$TMP/bxout/edges.tsv'"
check "'Brussels' alone is the EU" \
    awk -F'\t' '$1 ~ /c\.txt$/ && $5 == "eu" && $7 == "Brussels" { f = 1 } END { exit !f }' "$TMP/bxout/mentions.tsv"

# A call for restraint names the two sides of the last clash; with none stated, no pair ("Russia and China voted").
mkdir "$TMP/px"
echo "Russia and China voted against the resolution. Saudi Arabia and Qatar urged both sides to avoid a new war." >"$TMP/px/a.txt"
eg -q -g "$ROOT/gazetteer" -f edges -o "$TMP/pxout" "$TMP/px"
check_status "entgraph runs on the restraint document" 0 $?
check "'Russia and China voted ... urged both sides to avoid a new war': joint voters are no sides of a conflict" \
    bash -c "! grep -qP '^qat\trus\tstated\tdemand\t' '$TMP/pxout/edges.tsv'"
check "'Li later visited Cambodia' after Li Qiang: a Chinese name's short form is its family name, first" \
    stated li-qiang khm visit
check "'where Wang met Ajit Doval' after Wang Yi: Wang Yi meets India's security adviser" stated ajit-doval wang-yi consult
check "'Lam' with no To Lam named before is nobody" bash -c '! grep -qP "\tto-lam\tperson\tLam$" "$1"' _ "$TMP/out/mentions.tsv"
check "'Malawi retaliated against Zambia': a reprisal is an attack (CAMEO 190)" directed mwi zmb attack
check "'Uruguay retaliated against Paraguayan tariffs': a reprisal in kind, a sanction" directed ury pry sanction
check "... no attack" unstated ury pry attack
check "'Gabon retaliated against Cameroon, imposing duties on cocoa': a sanction" directed gab cmr sanction
check "... no attack" unstated gab cmr attack
check "'Benin attacked Niger, and Mauritania later criticised the raid': Mauritania's clause, no target" unstated ben mrt attack
check "'suspended talks with Samoa and Tonga later cut ties with Apia': Tonga's clause" directed ton wsm reduce_relations
check "... Fiji cut no ties with Tonga" unstated fji ton reduce_relations
check "'Kazakhstan imposed curbs on grain, and it blamed Kyrgyzstan': the pronoun opening the clause is the sentence's subject" \
    directed kaz kgz accuse
check "... and the clause before lends it no negation ('curbs')" not_negated kaz kgz accuse
check "'Uzbekistan has kept the border closed since May, when it accused Tajikistan': a perfect before, the opener's" \
    directed uzb tjk accuse
check "'Norway moved to ease its sanctions on Belarus': the bare form ends them too, negated" negated nor blr sanction
check "'Mongolia and Kazakhstan eased visa rules after talks in Astana': the talks are not what eased" \
    not_negated kaz mng consult
check "'have traced ammunition crates seized at the border to Hungarian dealers': a passive participle, no seizure by Slovakia" \
    unstated svk hun coerce
check "'Lesotho and Eswatini signed security pacts with Botswana': each with Botswana" stated swz bwa sign_agreement
check "... plural pacts, one each: the two sign none with each other" unstated lso swz sign_agreement
check "'Norway sent frigates to escort Icelandic trawlers': forces sent to guard, a deployment (CAMEO 074)" directed nor isl deploy
check "... no ships supplied" unstated nor isl supply
check "'The Rapid Support Forces hold most of Darfur. They shelled Chadian border posts': 'They' is the group named by a plural" \
    directed rsf tcd attack
check "'Spanish forces, which partnered with Mauritania': the forces' state, the relative clause's subject" \
    stated esp mrt cooperate
check "'The ELN has waged an insurgency against Bogota': a fight (CAMEO 190)" stated eln col fight
check "'Honduras said it stood by El Salvador': support (CAMEO 051), the trigger's own 'by' leads no agent" \
    directed hnd slv praise
check "'Lesotho and Malawi withdrew their envoys from Zimbabwe': relations reduced (CAMEO 161)" \
    directed lso zwe reduce_relations
check "'Gambia formed a confederation with Guinea-Bissau': cooperation (CAMEO 050)" stated gmb gnb cooperate
check "'Kuwait said it had sent only humanitarian aid to Yemen': aid (CAMEO 070), the sending's noun" directed kwt yem aid
check "... no arms supplied (072)" unstated kwt yem supply
check "'A Cuban diplomat posted a threat against Panama': 'posted' takes the threat as its predicate" directed cub pan threaten
check "'Nicaragua voiced support for Honduras': words of support (CAMEO 051) ..." directed nic hnd praise
check "... no aid" unstated nic hnd aid
check "'A Kenyan strike on Mogadishu's outskirts killed an al-Shabaab commander': the strike's author kills" \
    directed ken al-shabaab attack
check "... not its target" unstated som al-shabaab attack
check "'A Serbian drone attack on Pristina hit the Albanian embassy': Serbia hits it, not Kosovo" directed srb alb attack
check "... not Kosovo" unstated xkx alb attack
check "'ASEAN, of which Laos and Vietnam are members, urged Myanmar': the aside's members do not urge" directed asean mmr demand
check "... not Laos" unstated lao mmr demand
check "'The Mongolian foreign ministry said Ulaanbaatar would take measures and accused Beijing': the reporter accuses" \
    directed mng chn accuse
check "'a meeting between President Claudia Sheinbaum and President Bernardo Arevalo': titled persons after 'between' meet" \
    stated claudia-sheinbaum bernardo-arevalo consult
check "... the agreement before the adjunct is the two countries'" stated gtm mex cooperate
check "... not the pair's in the adjunct" unstated claudia-sheinbaum bernardo-arevalo cooperate
check "'Togo, Benin's closest ally,': an actor named as another's ally cooperates with it (CAMEO 050)" stated ben tgo cooperate
check "'Eritrea is Sudan's main backer': a backer aids (CAMEO 070)" directed eri sdn aid
check "'Bolivia criticised the U.S. arms sale to Paraguay': the abbreviation's period and a noun between, the seller" \
    directed usa pry supply
check "... Bolivia sells nothing" not_directed bol pry supply
check "'Canada sanctioned firms in Armenia and Kyrgyzstan for supplying Belarus': the firms' places are sanctioned" \
    bash -c 'for x in arm kgz; do grep -qP "^can\t$x\tstated\tsanction\t" "$1" || exit 1; done' _ "$TMP/out/edges.tsv"
check "... and supply (their firms, named by place)" \
    bash -c 'for x in arm kgz; do grep -qP "^$x\tblr\tstated\tsupply\t" "$1" || exit 1; done' _ "$TMP/out/edges.tsv"
check "... not the sanctioner" not_directed can blr supply
check "'Santiago Pena visited Chile after visiting Peru': the adjunct's event is the subject's too, of the same relation" \
    directed santiago-pena per visit
check "'Burundi attacked Tanzania after shelling Rwanda': the same" directed bdi rwa attack
check "'Chile will neither confirm nor deny reports that it sold rifles to Ecuador': not known, a claim (no two negations)" \
    claimed chl ecu supply 1
check "'Slovenia declined to confirm that it supplied jets to Montenegro': not confirmed, a claim" claimed svn mne supply 1
check "'Rwanda sent police to the Central African Republic': a deployment (CAMEO 074)" directed rwa caf deploy
check "'the two leaders had agreed to extend a tariff pause': the pause is no sanction (a stop phrase)" \
    unstated mark-carney claudia-sheinbaum sanction
check "... the agreement is there" stated mark-carney claudia-sheinbaum cooperate
check "'Sanctions were imposed on two Iranian banks by Switzerland': the agent past the name's noun" directed che irn sanction
check "'Officials from Guinea and Sierra Leone attended the talks': 'attended' takes the talks as its predicate" \
    stated gin sle consult
check "'The summit, which was hosted by Ghana, was attended by officials from Gabon and Cameroon': past the aside" \
    stated cmr gab consult
check "'stop selling power to NIS' after 'Montenegro's oil company NIS': that company still, not South Korea's" \
    [ "$(count_in wire24.txt rok-nis)" -eq 0 ]
check "'Javier Milei, whose party once criticised Brazil,': the party's criticism, not his" unstated javier-milei bra criticize
check "... he meets Orsi" stated javier-milei yamandu-orsi consult
check "'Mali, the Gambia and Ghana held drills, prompting a protest from Senegal': a list, no aside; each is protested" \
    directed sen gha protest
check "'Kenya said it would revive a 2019 security agreement with Somalia': 'revive', 'restore' take the deal as a predicate" \
    claimed ken som cooperate 1
check "'sending troops to help drive Kyrgyz forces out': the forces are driven out, not helped" unstated tjk kgz aid
check "... nor is a deployment to them" unstated tjk kgz deploy
check "'Armenia praised Kazakhstan for sending troops to Tajikistan': the praised one sends them" directed kaz tjk deploy
check "... not the one who praises" not_directed arm tjk deploy
check "'would bar Azerbaijan from joining the EU': barred, no joining" negated aze eu cooperate
check "'Morocco and Tunisia hosted the talks after clashes killed dozens': hosts, no sides in the clashes" unstated mar tun fight
check "... 'the two countries' after them are the talks' pair" stated mrt sen ceasefire
check "... not the hosts" unstated mar tun ceasefire
check "'The two neighbours fought' after a pair of persons: the lede's pair of countries" stated arg pry fight
check "'Kazakhstan halted imports of Mongolian beef': an embargo (CAMEO 163)" directed kaz mng sanction
check "'said he might talk to Yoweri Museveni': a consultation, a claim" claimed william-ruto yoweri-museveni consult 1
check "'He' opening a sentence before a line break ('He\\nurged Chile'): the pronoun still" directed javier-milei chl demand
check "'sent about 3,000 construction workers to Thailand': people moved, no supply" unstated lao tha supply
check "'Kenya promised to stop buying Ugandan sugar': a promise to stop, no intent to cooperate with Uganda" \
    unstated ken uga intend_cooperate
check "... the buying stops" negated uga ken supply
check "'Norway pledged to halt arms sales to Qatar': the same" unstated nor qat intend_cooperate
check "'imposed sanctions over Belarus's attacks on Lithuanian border guards': the act's author is sanctioned" \
    directed isl blr sanction
check "... not the act's object" not_directed isl ltu sanction
check "'Peru voiced criticism over Ecuador's raid on the Mexican embassy': Ecuador is criticised" directed per ecu criticize
check "... not Mexico" not_directed per mex criticize
check "'raised tariffs over Brazil's purchases of Russian diesel': Brazil's tariffs" directed usa bra sanction
check "... not Russia's" not_directed usa rus sanction
check "'Vietnam protested over Cambodia's remarks': Cambodia's remarks, Cambodia protested" directed vnm khm protest
check "'Ghana and Togo clashed over Benin's role': a symmetric clash over a topic, no third side" unstated gha ben fight
check "'Uganda has deployed soldiers in South Sudan, a charge Kampala denies': denied by its subject, a claim" \
    claimed uga ssd deploy 1
check "'Bola Tinubu shook hands with William Ruto': a meeting" stated bola-tinubu william-ruto consult
check "'signed a defence pact with Guinea and Gambia. The two neighbours fought': co-partners of one signer, no pair" \
    unstated gin gmb fight
check "... the lede's pair fought" stated bfa mli fight
check "... and are the sides urged" directed gha bfa demand
check "... not the co-partners" unstated gha gin demand
check "'accused Mali of arming rebels in a letter to the United Nations': where it was said, no one armed" unstated mli un supply
check "'Kenya accused the group of delaying' after Al-Shabaab: the group named before is accused" \
    directed ken al-shabaab accuse
check "'The group has attacked Eritrea' after the Houthis: the group attacks" directed houthis eri attack
check "'Mali signed a deal with the bloc' after ECOWAS: the bloc signs" stated ecowas mli sign_agreement
check "'Armenia criticised the alliance' after the CSTO" directed arm csto criticize
check "'Syria criticised the watchdog' after the IAEA" directed syr iaea criticize
check "'Belarus threatened the alliance' after 'NATO met in Brussels': NATO, not the EU that Brussels names" \
    directed blr nato threaten
check "... not the EU" not_directed blr eu threaten
check "'Panama suspended port fees on Chinese ships': a penalty suspended, no reduced relations" \
    unstated pan chn reduce_relations
check "'Chad accused Libya of arming rebels, a charge Tripoli denies': the accusation itself is a fact" claimed tcd lby accuse 0
check "'Malaysia offered to revive talks between Thailand and Laos': the talks' pair, no partner of the offer" \
    unstated mys tha intend_cooperate
check "... the talks are offered (a claim)" claimed lao tha consult 1
check "'Bolivia accused Chile ... The OAS called on both sides to avoid escalation': no clash near, the lede's pair" \
    directed oas bol demand
check "... both of them" directed oas chl demand
check "'a day after Norway approved a \$200 million sale of rifles to Lithuania': the subject after 'after'" \
    directed nor ltu supply
check "'Emmanuel Macron apologised to Paul Kagame ... The two leaders met in Kigali': the lede's pair of persons" \
    stated emmanuel-macron paul-kagame consult
check "'Uruguay recognised Kosovo.': a state named right after 'recognised' is recognised (CAMEO 054)" \
    stated ury xkx restore_relations
check "'Ecuador responded with duties on Peruvian sugar': a sanction (163)" directed ecu per sanction
check "'Hezbollah hands over body of Israeli soldier': a body, no goods" unstated hezbollah isr supply
check "'after a Cambodian patrol ship rammed a Vietnamese fishing vessel': the clause's subject, its noun a verb \
form ('ship')" \
    directed khm vnm coerce
check "'Russian forces seized an Estonian tanker. Sweden condemned the seizure and said its pact with Finland': the \
seizure's author" directed swe rus-armed-forces criticize
check "... Finland is in the report's clause, not condemned" unstated swe fin criticize
check "'Armenian artillery shelled Azerbaijani positions. Turkey condemned the shelling.': the shelling's author" \
    directed tur arm criticize
check "'Guyana accused Suriname ... Suriname's president rejected the accusation': the accuser" directed sur guy reject
check "'Oman threatened Yemen. Qatar rejected the charge.': a threat is no charge" unstated qat omn reject
check "'Mongolia and Kazakhstan signed ... The two landlocked neighbours fought': an adjective in the pair phrase" \
    stated kaz mng fight
check "'The International Atomic Energy Agency said ... Damascus accused the agency of bias': the IAEA" \
    directed syr iaea accuse
check "'Colombia and the Marxist-led ELN signed a ceasefire': an adjective of the name's in a joint subject" \
    stated col eln ceasefire
check "'... the Non-Proliferation Treaty ... Saudi Arabia praised the treaty': the treaty named before" \
    directed sau npt praise
check "'Bahrain and Qatar signed the pact': a pact signed is a new one, as often" unstated bhr npt sign_agreement
check "'Laos and Myanmar traded fire ... Indonesian President Prabowo Subianto urged both sides': the pair after the \
last name in a sentence naming two" directed prabowo-subianto mmr demand
check "... both of them" directed prabowo-subianto lao demand
check "'Honduras accused Belize ... Belize denied the charge.': the accuser (a denial of a charge rejects it)" \
    directed blz hnd reject
check "'Kenya and Somalia expelled ... Djibouti, which hosts troops from several nations, urged both sides': past \
the aside" directed dji som demand
check "'Uzbekistan told Tajikistan it would suspend imports of Tajik cement': the teller's pronoun, not the addressee" \
    claimed uzb tjk sanction 1
check "'Russia sent bombers near Norway': a show of force (lexicon)" directed rus nor exhibit_force
check "'The United States sent warships toward Cuba': a show of force" directed usa cub exhibit_force
check "... no supply: the warships are the show's" unstated usa cub supply
check "'Tajikistan jailed a man who spied for Kyrgyzstan. The two countries signed': the only two countries named" \
    stated kgz tjk sign_agreement
check "'Kuwait has arrested dozens of people it suspects of working with Iraq': the people's, unnamed" \
    unstated irq kwt cooperate
check "'Benin said it was ending a defence cooperation agreement with Togo': reduced relations (lexicon)" \
    directed ben tgo reduce_relations
check "'Juntas in Guinea, Sudan and Gabon expelled French forces': the rulers in a list of places are theirs" \
    directed gin fra coerce
check "'Jordan cut ties with Syria. Oman later brokered talks between the two neighbours, which met in Muscat': the \
pair past a later name" directed omn syr mediate
check "... the talks' pair" stated jor syr consult
check "'Libya and Tunisia clashed on the border in May. They signed a truce': the pair that opened the sentence \
before" stated lby tun ceasefire
check "'Kuwait, which hosted the talks, has offered to mediate between Armenia and Georgia': the mediation's pair, \
no talks of theirs" unstated arm geo consult
check "'Belarus expelled two Polish priests to Lithuania': where they were sent" not_directed blr ltu reduce_relations
check "'Paraguay broke off ties with Venezuela': reduced relations (lexicon)" directed pry ven reduce_relations
check "'Guatemala, a neighbour that has clashed with Belize': the name the aside describes is the clause's subject" \
    stated blz gtm fight
check "'Estonia vowed to drive Russian trawlers out of its waters': a vow against them, no cooperation" \
    unstated est rus intend_cooperate
check "'The European Union imposed tariffs on Chinese cars. Hungary opposed the tariffs': the tariffs' author" \
    directed hun eu reject
check "'Britain imposed sanctions ... Iran condemned the \"illegal unilateral sanctions\"': past quotes and adjectives" \
    directed irn gbr criticize
check "'Sweden cut aid to Zimbabwe': reduced relations (lexicon), no negated aid" directed swe zwe reduce_relations
check "'Mark Carney hosted Pacific leaders, including Christopher Luxon and Anthony Albanese': those the list names" \
    directed mark-carney christopher-luxon host
check "'in the presence of Lula and Javier Milei, who mediated the talks': the talks mediated are not theirs" \
    unstated javier-milei luiz-inacio-lula-da-silva consult
check "'Vietnam seized the reef from Malaysia': whom it is taken from" directed vnm mys coerce
check "'Chinese jets fired flares at an Australian patrol plane': coercion (lexicon)" directed chn aus coerce
check "'Finland, which has shut crossings with Russia': reduced relations (lexicon)" directed fin rus reduce_relations
check "'The African Union said it stood with Sudan and was preparing sanctions on Chad': the pronoun's second verb" \
    claimed african-union tcd sanction 1
check "'Myanmar's army said ... The army accused Thailand': the country named with its army" directed mmr tha accuse
check "'Guinea's military junta ... The junta expelled the Senegalese ambassador': the junta's country" \
    directed gin sen reduce_relations
check "'Guinea's military junta ... Israel struck Hezbollah depots. The army said it had hit Lebanon's airport': \
Israel's army, unnamed as such, not Guinea's" unstated gin lbn attack
check "'Nigerian jets struck rebel camps, while the group fired rockets at Cameroon': the group named before" \
    directed boko-haram cmr attack
check "'the Collective Security Treaty Organization ... Belarus later accused the Russia-led bloc': the bloc, not \
Russia" directed blr csto accuse
check "... Russia is not accused" unstated blr rus accuse
check "'The summit on the island of Malta was brokered by regional leaders and Italy': the island is a place" \
    unstated mlt ita mediate
check "'Lesotho was attacked by rebels and South Africa': an agent after unnamed ones and 'and'" \
    directed zaf lso attack
check "... Lesotho is attacked" not_directed lso zaf attack
check "'Oman has suspended its role as a mediator between Sudan and Eritrea': the mediator's pair, no ties cut" \
    unstated omn sdn reduce_relations
check "'Canada said it would send officials to Lima to discuss cooperation': a visit" claimed can per visit 1
check "... no goods" unstated can per supply
check "'Ghana summoned Togo's ambassador. Togo's foreign ministry apologised': to the protester" \
    directed tgo gha apologize
check "'Britain withdrew its remaining troops from Iraq': reduced relations (lexicon)" directed gbr irq reduce_relations
check "'Chile, Peru and Bolivia signed ... Argentina recalled its ambassadors from the three countries': the list of \
three" directed arg per reduce_relations
check "... each of them" directed arg bol reduce_relations
check "'Belarus sent a Polish child back': a person moved, no supply (the uncut tail read)" unstated blr pol supply
check "'Chinese jets flew dangerously close to an Australian patrol plane': a show of force (lexicon)" \
    directed chn aus exhibit_force
check "'Boko Haram ... Chad and Niger struck the Islamist group': an adjective in the description" \
    directed tcd boko-haram attack
check "'Fiji and Tonga, Papua New Guinea's partners in the Pacific Islands Forum,': the list's both are partners" \
    stated fji png cooperate
check "... and the pledge is the list's (capitalised words after 'in' close the aside)" directed ton png intend_cooperate
check "'Kuwait urged its citizens to avoid travelling to Lebanon': its own citizens urged, no demand on Lebanon" \
    unstated kwt lbn demand
check "'The Maldives suspended a fisheries declaration it signed with Sri Lanka': the relative clause's signing is a \
fact" not_negated lka mdv sign_agreement
check "... and stated" stated mdv lka sign_agreement
check "'The Houthis said their fighters killed a soldier in Hodeidah': where, not whom (their own country's place)" \
    unstated houthis hodeidah attack
check "'Djibouti accused Eritrea ... Eritrea's Information Minister Yemane Gebre-Meskel dismissed the accusation': \
a long name before the reaction" directed eri dji reject
check "a headline's 'Madagascar seizes Comoran fishing boats; Comoros condemns seizure': the act named before, no \
article" directed com mdg criticize
check "'the Mutual Defense Treaty' after the Philippines are named: the US-Philippines treaty (parties column)" \
    mentioned us-philippines-mdt "Mutual Defense Treaty"
check "'Washington said its treaty covers attacks on the Philippines': a noun after 'covers', no one's attack" \
    unstated usa phl attack
check "'with support from Dutch jets and Italian planes': both supporters, the Italians not supported" \
    unstated nld ita aid
check "'end support for rebel groups in eastern Congo': where the groups are, no aid to Congo" unstated uga cod aid
check "'Colombia backed Venezuela's position': an endorsement (CAMEO 051)" directed col ven praise
check "... no aid" unstated col ven aid
check "'seized a tanker in the Strait of Hormuz and escorted it to Iranian waters': a verb of its own, no seizure of \
Iran" unstated irgc irn coerce
check "'The junta, which seized power and expelled Ivorian diplomats,' after Guinea's military government: Guinea's" \
    directed gin civ reduce_relations
check "'closed its own border with Haiti' (lexicon)" directed dom hti reduce_relations
check "a headline's 'Kiribati, Vanuatu sign mutual defence treaty': no US-ROK treaty, none of its parties named" \
    unstated kir us-rok-mdt sign_agreement
check "'Petro spoke after Trump said he would be open to strikes against gangs in Haiti': he is the reporter, Trump" \
    directed donald-trump hti attack
check "'Slovakia wins sanctions exemption on Russian gas': an exemption, no sanction of Slovakia's" \
    unstated svk rus sanction
check "'suspended flights following a Brazilian aviation warning': 'following' a preposition, Brazil no object" \
    unstated ury bra reduce_relations
check "'Ecuador fined four airlines after they suspended flights': they may be the airlines" \
    unstated ecu cri reduce_relations
check "'Qatar sent 500 tents and 20 tonnes of food to Nepal': humanitarian aid" directed qat npl aid
check "... no supply of arms" unstated qat npl supply
check "'Erdogan called on the two countries' (Turkey and Albania named): not on his own country" \
    unstated recep-tayyip-erdogan tur demand
check "'He travelled on to Montenegro' (lexicon)" directed recep-tayyip-erdogan mne visit
check "'Tajikistan accused Afghanistan ... Afghanistan denied any involvement': the accuser rejected" \
    directed afg tjk reject
check "'said it would not apologise and accused Togo of meddling': the negation is the apology's" \
    not_negated lbr tgo accuse
check "... and the accusation stated" directed lbr tgo accuse
check "'Mexico said it would impose a 30% tariff on Chinese cars': '%' is part of an amount" directed mex chn sanction
check "'since the fall of Bashar al-Assad and seized a buffer zone on the Golan Heights': Israel's second verb" \
    unstated bashar-al-assad syr coerce
check "'fired missiles into the Arabian Sea': a sea is no target" unstated irn arabian-sea attack
check "'India backed Bangladesh's peace plan': an endorsement" directed ind bgd praise
check "'he ordered the Pentagon to draw up plans and would halt aid to Ghana': the verb's subject, not the one ordered" \
    unstated us-dod gha reduce_relations
check "... he, the reporter" directed donald-trump gha reduce_relations
check "'Bhutan and Palau have not recognised the government': not one another" unstated btn plw restore_relations
check "'Sri Lanka accused Bhutan of sheltering smugglers, a charge Bhutan rejected': the accuser rejected" \
    directed btn lka reject
check "... a fact, no claim" claimed btn lka reject 0
check "'accused the detained crew of spying for Saudi Arabia': 'detained' an adjective, no one detained" \
    unstated eri sau detain
check "'Iran warned that supplying missiles to Armenia would escalate tensions': a gerund subject, no one's" \
    unstated irn arm supply
check "'Kenya accused the UN of bias, charges the UN rejected': the accuser rejected" directed un ken reject
check "'Montenegro backed Hungary's demands': an endorsement" directed mne hun praise
check "'Gambia accused Sierra Leone of arming rebels, a charge Sierra Leone denies': the accuser rejected (lexicon: \
'denies')" directed sle gmb reject
check "'Guinea accused Guinea-Bissau of harbouring plotters, which Bissau denies': the accuser, not the plotters" \
    directed gnb gin reject
check "'Chad accused Togo of sheltering a fugitive, a claim Togo denied': a claim is a charge" directed tgo tcd reject
check "'Turkey killed a PKK commander ... Iran condemned the assassination': the killer's act" directed irn tur criticize
check "'would buy out the Russian stake in the refinery': shares, no goods supplied" unstated rus bgr supply
check "'The United States revoked the visas of Honduran judges' (lexicon)" directed usa hnd sanction
check "'Slovenia closed the last Russian consulate in Maribor' (lexicon: closing a consulate)" \
    directed svn rus reduce_relations
check "'Gambia accused Chad of sheltering a fugitive, which N'Djamena rejects': the accuser rejected" \
    directed tcd gmb reject
check "'Guinea suspended two newspapers, a move condemned by Togo': Togo condemns Guinea" directed tgo gin criticize
check "a headline's 'Kazakhstan bans pro-Russian party from election': a pro-Russian party is no Russia" \
    unstated kaz rus sanction
check "'Portugal said it supported dialogue with Algeria': the dialogue is supported, no aid to Algeria" \
    unstated prt dza aid
check "'Japan said the North had also supplied Syria with rockets' after Pyongyang: the North is North Korea" \
    directed prk syr supply
check "'The North signed a trade pact with Laos': the sentence's subject" stated lao prk sign_agreement
check "'Ivory Coast handed over 12 Liberian prisoners to Liberia': a release" directed civ lbr release
check "'The United States designated Mongolia a major non-NATO ally': cooperation, no accusation" \
    stated usa mng cooperate
check "'Slovakia would not back Moldova's bid to join the EU': the endorsement negated (a bare verb 'back')" \
    negated svk mda praise
check "'... Moldova's bid to join the EU': the bid's joining is sought, not negated by the backing's 'not'" \
    not_negated eu mda cooperate
check "'... Moldova's bid to join the EU': sought, not done" claimed eu mda cooperate 1
check "'Kuwait suspended a trade declaration signed with Iraq': the signing not negated" \
    not_negated irq kwt sign_agreement
check "'a rail corridor through northern Georgia that will give Turkey transit rights': the corridor gives" \
    unstated geo tur aid
check "'The French navy struck a vessel ... Algeria condemned the strikes': no target named, France's act" \
    directed dza fra criticize
check "'Latvia and Lithuania, which back Kyiv': a bare 'back' after a relative pronoun" directed lva ukr aid
check "'Kiribati and Tuvalu warned they would impose tariffs unless Nauru cancelled': the threat's target after 'unless'" \
    directed tuv nru threaten
check "'... would impose tariffs ... unless Nauru cancelled': a penalty threatened, not imposed" claimed tuv nru sanction 1
check "'Chile said it would seek United Nations sanctions on Bolivia': a modal before the noun phrase, sought" \
    claimed un bol sanction 1
check "'Morocco and Iraq signed ... Senegal has sent military advisers to the kingdom': Morocco, the monarchy named" \
    directed sen mar supply
check "'Russian bombers flew close to Iceland's airspace ... accused Moscow of threatening the island': Iceland" \
    claimed rus isl threaten 1
check "'Pashinyan called for a meeting with Aliyev': a meeting sought" claimed ilham-aliyev nikol-pashinyan consult 1
check "'Ghana urged Burkina Faso to stop attacking Togo': the attacks go on, no negation" not_negated bfa tgo attack
check "... stated all the same" directed bfa tgo attack
check "'... urged Burkina Faso to stop attacking Togo': no wish either" claimed bfa tgo attack 0
check "'ordered his border police to stop sharing intelligence with Nigeria': the subject's own stop, negated" \
    negated ben nga share_intel
check "'ordered his border police to stop sharing ...': 'police to' and a verb deploy no one" unstated ben nga deploy
check "'Italy deployed a frigate to Cyprus ... Turkey criticised the deployment': the deployer criticised" \
    directed tur ita criticize
check "a headline's 'Italy sends frigate to Cyprus': a warship sent is deployed, not supplied" unstated ita cyp supply
check "'Greece, which holds regular patrols with Egypt' (lexicon: patrols with)" stated egy grc military_cooperation
check "'Canada imposed sanctions on 14 Russian officers on Monday, accusing the GRU': Canada accuses (a count before \
the name)" directed can rus-gru accuse
check "'a \$1 billion arms package for Bosnia that Hungary approved': the relative clause names the supplier" \
    directed hun bih supply
check "'Serbia said it was studying a \$900 million air defence package for Montenegro': an amount before the noun, \
no one's supply" unstated srb mne supply
check "'Estonia accused Belarus ... (three sentences on) Belarus's foreign ministry dismissed the accusations': the \
accused answers a charge named further back" directed blr est reject
check "'Lithuanian police detained three men over a sabotage plot linked to Kazakhstan': why, not whom" \
    unstated ltu kaz detain
check "'Pakistan test-fired a Shaheen-3 ballistic missile ... India condemned the test': the tester (lexicon: \
test-fired, a show of force with no target)" directed ind pak criticize
check "'Azerbaijan held large-scale drills near Armenia. France criticised the drills': the drills' holder" \
    directed fra aze criticize
check "'Zambian police officers arrived in Malawi': forces arriving are deployed" directed zmb mwi deploy
check "... no visit" unstated zmb mwi visit
check "'Tanzania welcomed the deployment': the deployer praised" directed tza zmb praise
check "'Burkina Faso's military government ... Italy's military advisers ... ties with the junta': the ruling junta is \
Burkina Faso's" stated bfa rus cooperate
check "... not Italy, whose military only advises" unstated ita rus cooperate
check "'Slovenia's parliament approved Georgia's application to join': an endorsement (lexicon: approved, with a \
stance)" directed svn geo praise
check "'Greece postponed its ratification of Albania's bid': not done" negated grc alb praise
check "'..., after the Houthis fired about 30 ballistic missiles at Djibouti': the subject after 'after', an amount \
and an adjective before the trigger" directed houthis dji attack
check "'Canada and Britain held talks ... The allies condemned Iran's launch': the pair" directed can irn criticize
check "... both" directed gbr irn criticize
check "'Latvia said it had warned Lithuania about the drones': a notice, no threat" unstated lva ltu threaten
check "'Moldova warned Romania about its handling of the grain dispute': a criticism of Romania's conduct" \
    directed mda rou criticize
check "'Belarus warned Georgia of the consequences of joining the European Union': no one joins, Belarus least" \
    unstated blr eu cooperate
check "'Iceland and Malta had hosted earlier rounds of talks between the two': hosts (rounds of talks), no parties" \
    unstated isl mlt consult
check "... the pair named before ('between the two.')" directed isl mng host
check "... both" directed mlt tkm host
check "'Zambia has denied allowing weapons to cross its territory to Botswana': its own act denied, Botswana not \
rebuffed" unstated zmb bwa reject
check "... the supply negated" negated zmb bwa supply
check "'Portugal welcomed any effort to end the war in Mozambique': where the war is, Portugal no side" \
    unstated prt moz fight
check "'Brazzaville called the allegations preposterous': a charge rejected (lexicon: called the allegations, gated)" \
    directed cog sen reject
check "'Austria lifted restrictions on arms exports to Slovenia': the exports allowed" directed aut svn supply
check "... not negated" not_negated aut svn supply
check "'Croatia kept its ban on aid to Montenegro': one negation, not two" negated hrv mne aid
check "'Bosnia and Montenegro failed to make progress at talks hosted by Slovakia': the talks held, progress failed" \
    stated bih mne consult
check "... not negated" not_negated bih mne consult
check "'Somalia accused the Gulf state of supplying weapons to al-Shabaab': the Gulf state is Qatar, named before" \
    directed som qat accuse
check "... whose supplying is a claim" claimed qat al-shabaab supply 1
check "'Ethiopia accused the group of attacking Djibouti': the group's attack, claimed" claimed al-shabaab dji attack 1
check "'Latvia has linked the cable attack to Russia': an accusation (lexicon: linked, gated on an act)" \
    directed lva rus accuse
check "'Finland linked Belarusian officials to the killing of a dissident': an accusation" directed fin blr accuse
check "'Italy sent reinforcements to Albania': forces deployed (lexicon: reinforcements to)" directed ita alb deploy
check "... no goods supplied" unstated ita alb supply
check "'Benin leads a coalition fighting ISWAP': the leader fights" stated ben iswap fight
check "'Portugal has about 2,000 troops in Cape Verde': forces kept there (lexicon: troops in, gated on a verb of \
having and an amount)" directed prt cpv deploy
check "'Gabon accused Equatorial Guinea of supplying weapons ... Equatorial Guinea denied arming the rebels': the \
charge rejected" directed gnq gab reject
check "'Nicaragua's navy seized a fishing boat. Panama called the seizure unlawful': the seizer criticised (a force \
act with no target, in a sentence naming one actor; lexicon: called the seizure, gated)" directed pan nic criticize
check "'Belgium, Congo's main arms supplier,': a supply" directed bel cod supply
check "'Cyprus vetoed a 2 billion euro European Union aid package for Armenia': the aid negated (an amount before \
the name)" negated eu arm aid
check "'The Gambia accused Senegal of genocide ... Senegal called the case baseless': the charge rejected" \
    directed sen gmb reject
check "'in the Comoros, where Madagascar has deployed troops and Mauritius supports Seychelles': where the troops \
are (the place before ', where')" directed mdg com deploy
check "... Mauritius's clause of its own ('and Mauritius supports'), no deployment to it" unstated mdg mus deploy
check "'Kyrgyzstan launched drone attacks on what it said were militant camps in Afghanistan': the camps' country \
struck (the speaker's frame skipped)" directed kgz afg attack
check "'Greece asked the European Union for new sanctions on Libya': sanctions asked for, not imposed" \
    claimed grc lby sanction 1
check "'named ambassadors to each other's capitals, restoring full diplomatic relations': restored (lexicon: restoring \
full diplomatic relations)" stated bgd btn restore_relations
check "'Belize, a close ally of the U.S. government, criticised El Salvador': the aside holds 'U.S.' (its periods), \
the subject is Belize's" unstated usa slv criticize
check "'after Yaounde questioned the legitimacy of the junta': criticism of the junta's state (lexicon: questioned the \
legitimacy of)" directed cmr gab criticize
check "'Portugal said it regretted the decision and recalled that it had fought alongside Mozambican forces': the \
second reporting verb's pronoun is the first's (reporter_chain)" stated moz prt military_cooperation
check "'Uzbek and Turkmen troops exchanged heavy artillery fire': a fight (lexicon)" stated tkm uzb fight
check "... so 'the two neighbours had signed a border deal' is theirs" stated tkm uzb sign_agreement
check "'Kazakhstan, which had long mediated between the two, was not consulted': the pair named before ('between the \
two' inside an aside)" directed kaz tkm mediate
check "'Chile suspended purchases of weapons from Israel': a sanction on the seller ('from' names whose goods are \
halted: rel_halts_imports_of)" directed chl isr sanction
check "'Mexico and Peru called for talks': the callers are no parties to the talks (rel_called_for_joint)" \
    unstated mex per consult
check "'Eritrea, which Djibouti accuses of arming al-Shabaab,': the relative clause's verb, no stop form; the arming \
Eritrea's, claimed" claimed eri al-shabaab supply 1
check "... not the accuser's" unstated dji al-shabaab supply
check "'Kenya criticised Uganda, which it has accused of harbouring rebels': the pronoun's accusation of the \
antecedent (relative_pronoun_tail)" directed ken uga accuse
check "'Sudan accused Chad, which is backed by the UAE, of links to the RSF': the accused's links, past the aside" \
    claimed rsf tcd cooperate 1
check "... not the accuser's" unstated rsf sdn cooperate
check "'Iraq criticised Syria, a close ally of Iran,': the appositive's name is the ally (appositive_role)" \
    stated irn syr cooperate
check "... not the criticising subject" unstated irn irq cooperate
check "'a French delegation that had warned Burkina Faso against deepening ties with China': the warned state's ties, \
warned against (a gerund between 'against' and the noun)" claimed bfa chn cooperate 1
check "... not the delegation's" unstated chn fra cooperate
check "'Kuwait and Algeria have sent Yemen and Saudi Arabia a proposal for a truce': words, no goods" \
    unstated dza yem supply
check "... nor to the second" unstated kwt sau supply
check "'Japan sent jets to monitor the Russian bombers': forces watched, no deployment in Russia" unstated jpn rus deploy
check "'Turkey sent troops to protect Syrian forces': forces guarded (the trigger 'troops to' holds the 'to'), Syria \
deploys nothing" unstated syr tur deploy
check "'Ecuadorean and Peruvian troops exchanged fire ... Brazil offered to mediate': between the pair that clashed \
(rel_mediation_pair)" claimed bra ecu mediate 1
check "... and the other side" claimed bra per mediate 1
check "'Nigeria urged its two neighbours to implement it': 'its two neighbours' is a pair phrase" directed nga gha demand
check "'Russia welcomed the agreement between the two countries': a noun of no trigger before 'between' \
(rel_between_pair)" directed rus geo praise
check "'Senegal and Guinea-Bissau signed an agreement ... Mauritania welcomed the agreement': the deal's parties \
praised (rel_prior_act: PRIOR_DEAL)" directed mrt gnb praise
check "... both" directed mrt sen praise
check "... a party welcoming its own deal praises no one" unstated sen gnb praise
check "'Guinean troops fired rockets and artillery into Ivorian territory': an attack (lexicon)" directed gin civ attack
check "'Somalia said the air strike violated Somali sovereignty and called on Kenya to withdraw its troops': the \
reporter calls (a name's thing in the reported clause, then 'and called')" directed som ken demand
check "'The Kurdistan Regional Government accused Iran': the KRG is an actor (organizations.tsv)" directed krg irn accuse
check "'St Vincent and the Grenadines' is one state (an alias; 'Grenadines' no longer Grenada's)" \
    mentioned vct "St Vincent and the Grenadines"
check "... no Grenada in it" [ "$(count_in wire_somalia_kenya.txt grd)" -eq 0 ]
check "'Congo cut relations with Uganda': reduced relations (lexicon: cut relations)" directed cod uga reduce_relations
check "'sued Uganda, accusing it of complicity in war crimes by arming the M23': the accused arms, claimed (a means \
after the charge: means_after_of)" claimed uga m23 supply 1
check "... not the accuser" unstated cod m23 supply
check "'Burundi closed its border with Rwanda, accusing its neighbour of backing rebels': 'its neighbour' is the \
object before (comma_object)" directed bdi rwa accuse
check "'Dutch fighter jets deployed in Lithuania scrambled to intercept a Belarusian plane': deployed in Lithuania" \
    directed nld ltu deploy
check "... not to the intercepted plane's state" unstated nld blr deploy
check "'Honduras broke diplomatic relations with Taiwan': reduced relations (lexicon: broke diplomatic relations)" \
    directed hnd twn reduce_relations
check "... no ties negated instead" unstated hnd twn cooperate
check "'Sweden condemned Serbia and renewed its support for Kosovo': the subject's support, not the object's" \
    directed swe xkx aid
check "... not Serbia's" unstated srb xkx aid
check "'Indonesian sailors boarded a Vietnamese fishing boat': coercion (lexicon: boarded)" directed idn vnm coerce
check "'Panama expelled two Costa Rican diplomats ... Costa Rica condemned the expulsions': the expeller criticised \
(rel_prior_act: PRIOR_EXPEL)" directed cri pan criticize
check "'BRICS invited Bolivia and Kazakhstan to join the bloc': each joins the bloc, not each other" \
    unstated bol kaz cooperate
check "... the bloc and each invitee, wished" claimed brics kaz cooperate 1
check "'Portugal's president, on a two-day visit to Luanda, signed': the subject's visit ('on a' visit is no noun \
phrase of another's)" directed prt ago visit
check "'sanctioned Uzbek officials and firms involved in supplying fuel to Russia': the officials' supply" \
    directed uzb rus supply
check "... not the sanctioner's" unstated can rus supply
check "'Fighters of the National Liberation Army (ELN) killed two soldiers in an attack on a base in Venezuela': the \
ELN's attack (an alias; 'Fighters of' the name past its parenthesis)" directed eln ven attack
check "'Kyrgyzstan said it had carried out a retaliatory operation that killed three Uzbek soldiers': an attack \
(lexicon: retaliatory operation)" \
    directed kgz uzb attack
check "'Vietnam and Indonesia signed a maritime boundary pact ... China criticised the pact': both parties (a pact is \
an agreement named before)" directed chn vnm criticize
check "... and Indonesia" directed chn idn criticize
check "'Latvia expelled a Belarusian diplomat ... Lithuania welcomed the decision': Latvia's (the decision is the act \
stated last)" directed ltu lva praise
check "'... Belarus called the move unfriendly': Latvia's move (past the sentence of reaction between)" \
    directed blr lva criticize
check "'Ethiopia and Eritrea agreed to resume talks ... Kenya welcomed the step': both, the joint subject" \
    directed ken eth praise
check "... and Eritrea" directed ken eri praise
check "'Spain formally recognised Palestine on Tuesday, joining Ireland and Norway. Israel called the move a reward for \
terrorism': Spain's move (the sentence's first act)" directed isr esp criticize
check "... not Ireland's, whom Spain joined" unstated isr irl criticize
check "... nor Palestine's, recognised" unstated isr pse criticize
check "'Russia recognised the Taliban government ... Taliban foreign minister Amir Khan Muttaqi welcomed the decision': \
Russia's" directed amir-khan-muttaqi rus praise
check "... not his own government's" unstated amir-khan-muttaqi taliban praise
check "'Britain, Canada and New Zealand imposed sanctions on two Israeli ministers ... Israel called the decision \
outrageous': each of the three" directed isr can criticize
check "... and New Zealand" directed isr nzl criticize
check "'Hundreds of North Korean soldiers have been killed or wounded fighting Ukrainian forces': they fight ('Hundreds \
of' opens the subject)" stated kpa ukr fight
check "... and kill no one: the passive's gerund names their foe, no victim" not_directed kpa ukr attack
check "'Ukraine said it had captured two North Korean soldiers': a detention (lexicon: captured, only of soldiers or \
fighters; a name holding the word)" directed ukr kpa detain
check "'Washington was not involved in the strikes and warned Damascus': the warning is not negated (an active verb \
after 'and')" bash -c 'grep -qP "^usa\tsyr\tstated\tthreaten\t(\S+\t){7}0\t" "$1"' _ "$TMP/out/edges.tsv"
check "'warned Damascus not to send more drones to Moscow': Damascus's sending, not Washington's" \
    not_directed usa rus supply
check "... Damascus's, negated" negated syr rus supply
check "'Pakistan accused Kabul ... a charge the Taliban government denies': the Taliban reject it (past 'government')" \
    directed taliban pak reject
check "'Venezuelan President Nicolas Maduro and Guyanese President Irfaan Ali agreed ... Brazil ... welcomed the \
outcome': both leaders, a joint subject past their titles" directed bra irfaan-ali praise
check "... and Maduro" directed bra nicolas-maduro praise
check "'The United States, Manila's treaty ally,': allies ('treaty' before the role)" stated phl usa cooperate
check "'Ecuador recalled its ambassador from Peru on Thursday and President Daniel Noboa said': Ecuador's recall from \
Peru (the right scan stops at a new clause's reporter past his title)" directed ecu per reduce_relations
check "... not Peru's from Noboa" not_directed per daniel-noboa reduce_relations
check "'Chile recalled its military attaches from Israel': a reduction of ties (lexicon)" directed chl isr reduce_relations
check "'Spain, which drafted the 2023 truce with Norway,': the drafters are no parties" unstated esp nor ceasefire
check "'M23 rebels, backed by Rwandan troops, took the town': Rwanda backs the M23 (past 'rebels')" directed rwa m23 aid
check "'Laos and Vietnam agreed ... Malaysian Prime Minister Anwar Ibrahim hosted the talks': both parties' talks" \
    directed anwar-ibrahim lao host
check "... and Vietnam's" directed anwar-ibrahim vnm host
check "'Croatia and Montenegro held talks ... Slovenia welcomed the talks': the joint subject's talks" directed svn hrv praise
check "... and Montenegro's" directed svn mne praise
check "... not the host's, earlier" not_directed svn anwar-ibrahim praise
check "'North Korea launched a military reconnaissance satellite ... Canada and New Zealand condemned the launch': \
North Korea's launch (a satellite is launched as a missile is)" directed can prk criticize
check "... and New Zealand" directed nzl prk criticize
check "'Ukrainian drones struck an oil depot in Russia's Bryansk region ... Slovakia criticised the strikes on Russian \
energy sites': Ukraine's (the strikes on the one struck)" directed svk ukr criticize
check "'Israel struck Hezbollah positions ... Iran condemned the strikes on Lebanon': Israel's (Hezbollah is of Lebanon)" \
    directed irn isr criticize
check "'Japan and Australia held security talks ... Both sides pledged ... China denounced the talks': the joint \
subject's talks, past a sentence naming none" directed chn jpn criticize
check "... and Australia's" directed chn aus criticize
check "'Armenia shelled Azerbaijani positions ... Georgia urged restraint on both sides': the pair (past 'restraint on')" \
    directed geo arm demand
check "... and Azerbaijan" directed geo aze demand
check "'Marco Rubio spoke with the foreign ministers of both countries': the pair's ministers" \
    stated marco-rubio arm consult
check "... and Azerbaijan's" stated marco-rubio aze consult
check "'stole about \$1.5 billion ... from the Dubai-based exchange Bybit': no theft from the UAE (a place of business)" \
    unstated prk are steal
check "'Malaysian coast guard vessels harassed a Singaporean survey ship': coercion (lexicon: harassed)" \
    directed mys sgp coerce
check "'Israel launched missile strikes on Syria': strikes, no show of force" unstated isr syr exhibit_force
check "'Finland and Latvia have ordered air defence systems from Norway': a purchase, Norway the seller (lexicon: \
ordered, only of weapons)" directed nor fin supply
check "... and Latvia's" directed nor lva supply
check "'Estonia ordered its border guards to step up patrols along the frontier with Russia': no purchase" \
    unstated rus est supply
check "'The Netherlands charged four Russian officers with cyberattacks': an accusation (lexicon: charged)" \
    directed nld rus accuse
check "'Estonia charged Russian military intelligence officers with hacking Estonian ministries': the officers' \
hacking, claimed (past 'with' after 'charged')" claimed rus-armed-forces est cyberattack 1
check "'China's foreign ministry said Volt Typhoon was a criminal ransomware group and accused Britain': China accuses \
(the reported clause describes its name; the speaker past a possessive and 'foreign ministry')" directed chn gbr accuse
check "... not Volt Typhoon" not_directed volt-typhoon gbr accuse
check "'Hackers linked to Iran's Revolutionary Guards attacked water control systems in several Israeli towns': a \
cyberattack (hackers before the name)" directed irgc isr cyberattack
check "... no attack by force" not_directed irgc isr attack
check "'Israel has previously been blamed for cyberattacks on Iranian fuel stations': a claim (the passive's \
auxiliaries)" claimed isr irn cyberattack 1
check "'the U.S. Treasury said on Thursday as it sanctioned two North Korean front companies': the reporter's pronoun \
after 'as'" directed us-treasury prk sanction
check "'Rwanda and Burundi signed a peace agreement ... Kenyan President William Ruto welcomed the deal' three \
sentences on: both parties (an agreement is welcomed late in a story)" directed william-ruto rwa praise
check "... and Burundi" directed william-ruto bdi praise
check "'China retaliated with levies on Canadian canola oil': a sanction (lexicon: levies on)" directed chn can sanction
check "'Senior Turkish and Iranian officials held talks on ending the war in Ukraine': the war is the topic, no party" \
    unstated tur ukraine-war consult
check "... nor with Iran" unstated irn ukraine-war consult
check "'Ghana said it would deepen security ties with Ivory Coast': the ties exist, their growth is wished (a verb of \
growing before the noun: rel_presupposed)" claimed civ gha military_cooperation 0
check "'Estonia expelled a Russian diplomat ... The European Union said it stood ready to help Tallinn ... Russia's \
foreign ministry said the move was unfriendly': Estonia's move (lexicon: said the move was, with a dismissive word \
after; an act stated before one announced)" directed rus est criticize
check "... not the EU's offer" not_directed rus eu criticize
check "'Israel struck a Hamas office in Doha ... Qatar said the strike was a flagrant violation of its sovereignty': \
Israel's strike" directed qat isr criticize
check "'Guinea ... said on Monday it was quitting ECOWAS too': a withdrawal from the bloc (lexicon: quit, leaving, \
as leave: only with an organisation after it)" directed gin ecowas reduce_relations
check "... 'Mali, Burkina Faso and Niger announced on Sunday they were leaving ECOWAS ..., accusing the bloc of imposing \
inhumane sanctions'" directed mli ecowas accuse
check "... 'A Togolese envoy who was leaving Niamey': a person's journey, no withdrawal (no organisation after it)" \
    unstated tgo ner reduce_relations
check "'The Philippines and Japan signed a defence pact ... The United States, which has a mutual defence treaty with \
the Philippines, praised the agreement': the pact before (the subject's own treaty in its aside is not the one praised)" \
    directed usa jpn praise
check "'China's military held large-scale drills around the island in October, which Taipei condemned as provocative': \
the sentence's act criticised (', which' after a time closing the clause: which_follows_act)" directed twn chn criticize
check "'the hacker group APT28 ... Czech officials said the same group had targeted Czech state institutions': the \
group named before ('the same group' a description)" directed apt28 cze attack
check "'NATO's secretary-general said the alliance stood in full solidarity with Poland': support (lexicon: stood in \
full solidarity with; the description right before the verb)" directed nato pol praise
check "'British Prime Minister Keir Starmer said during a visit to Ankara on Monday': the speaker visits (an adjunct \
of the reporting verb's: said_on_visit)" directed keir-starmer tur visit
check "'Saudi Arabia hosted talks on ending the war in Ukraine': the war is the topic, no guest" \
    unstated sau ukraine-war host
check "'Ethiopia and Somalia agreed to end a year-long dispute ..., after talks hosted by Turkish President Tayyip \
Erdogan': the host receives the talks' parties (a reduced passive after 'talks', read as 'a truce brokered by')" \
    directed recep-tayyip-erdogan som host
check "'Paul Kagame and Felix Tshisekedi agreed on Tuesday to an immediate halt to fighting': their forces' fight, no \
words between the two (only a clash of two people is: rel_clash_word)" unstated felix-tshisekedi paul-kagame criticize
check "... 'after talks hosted by Qatar': Qatar hosts both" directed qat paul-kagame host
check "'Nicolas Maduro and Irfaan Ali agreed ... after talks hosted by St Vincent and the Grenadines ... The two leaders \
said they would meet again': the two people (the host and its guests are no pair of leaders)" \
    hedged irfaan-ali nicolas-maduro consult
check "'The RSF, which has fought the army since April 2023 ... Egypt and Saudi Arabia back the army': Sudan's army \
supported (a present 'back' after actors, an object after it, is a verb: back_not_verb)" directed sau sdn aid
check "'the United States and South Korea, which are preparing for their annual Freedom Shield exercise ... Kim Yo Jong \
... threatened \"strategic\" action against the allies': the pair named before (a preposition's object after a \
threat's noun)" directed kim-yo-jong usa threaten
check "'a U.S. military strike on a boat in the Caribbean killed three Colombian fishermen ... Petro called the strike \
a murder': the striker criticised (lexicon: called the strike, gated on a dismissive word: murder)" \
    directed gustavo-petro usa criticize
check "'The European Union imposed tariffs of up to 35.3 percent on electric vehicles made in China ... China's commerce \
ministry said it opposed the decision': the EU's decision rejected (opposing 'the decision' is another's)" \
    directed chn eu reject
check "'Somalia and Ethiopia sign security pact with Egypt's blessing': a consent, Egypt no party (consent_after)" \
    unstated egy eth sign_agreement
check "'Both countries have territorial disputes with China, whose coast guard has repeatedly used water cannon against \
Philippine vessels': China's coast guard, not the pair's (a force after 'whose' is the antecedent's)" \
    not_directed vnm phl coerce
check "'Iranian authorities have arrested hundreds of people accused of collaborating with Israel': the people's \
collaboration, no one's named (a plural noun before 'accused of': rel_involved_gerund)" unstated irn isr cooperate
check "'The European Parliament had earlier called for new elections in Georgia and for sanctions on senior officials, \
including Kobakhidze': sanctions wished for ('and for' after 'called for': rel_cues)" \
    claimed european-parliament irakli-kobakhidze sanction 1
check "'U.S. President Donald Trump said he had spoken to the leaders of both countries': Cambodia's and Thailand's \
(lexicon: spoken to; 'to' and a pair's leaders after a verb of consulting: rel_with_pair)" \
    directed donald-trump khm consult
check "'Denmark withdrew its special forces from Mali': a withdrawal (lexicon: withdrew its special forces from)" \
    directed dnk mli reduce_relations
check "... 'Russian mercenaries have deployed in Mali': where the forces go, past the perfect's auxiliary \
(mercenaries are forces)" directed rus mli deploy
check "... 'Russian troops deployed to Mali in 2021': the verb's own deployment (no trigger form from inside a name \
to past it: 'troops deployed')" directed rus-armed-forces mli deploy
check "'Seoul said it had sent a protest to the North through the U.N. Command': a protest (lexicon: sent a protest \
to; 'the North' is North Korea)" directed kor prk protest
check "... 'Malaysia has sent repeated complaints to China': no goods (a complaint is a message: C3_MESSAGE)" \
    not_directed mys chn supply
check "'France agreed in October to supply Armenia with air defence radars': agreed to, so done (a time between the \
verb and 'to': rel_cues)" claimed fra arm supply 0
check "'Taiwan's defence ministry said it had detected 53 Chinese military aircraft and 11 warships around the island \
... Taipei said the deployment was a threat to regional peace': the show of force criticised ('threat' a dismissive \
word; a deployment names a show of force too)" directed twn pla criticize
check "'Turkey carried out air strikes against Kurdish militant targets in northern Iraq and Syria ... (two sentences) \
Iraq condemned the raids': Turkey's (a use of force is named up to three sentences on: FORCE_SENTENCES)" \
    directed irq tur criticize
check "'The United States said it supported the Egyptian-Qatari effort': an endorsement (an effort after the name: \
rel_stance_object)" directed usa qat praise
check "... no aid" not_directed usa qat aid
check "'Trump had threatened 25 percent tariffs on imports from Mexico and Canada, accusing both of failing to stop \
fentanyl smuggling': both accused ('both of' and a gerund: the pair right before)" directed donald-trump can accuse
check "'Rwanda agreed on Thursday to supply Uganda with electricity': agreed to, so done (a day between the verb \
and 'to')" claimed rwa uga supply 0
check "'Viktor Orban has been a close ally of Israeli Prime Minister Benjamin Netanyahu and hosted him in Budapest': \
the host receives him (the pronoun's person, past the place after it: rel_him_at)" \
    directed viktor-orban benjamin-netanyahu host
check "'Three Russian MiG-31 fighter jets violated Estonian airspace ... (two sentences) Kaja Kallas called the \
incursion an extremely dangerous provocation': Russia's show of force criticised (an incursion names one; a show of \
force is looked for three sentences back)" directed kaja-kallas rus criticize
check "'Laos and Vietnam signed a border pact in May, a step Cambodia said undermined its security': a criticism of \
the pact's parties (lexicon: said undermined, said threatened...; the act noun before the name)" \
    directed khm lao criticize
check "'Ukraine and Poland agreed on Tuesday to end a months-long dispute ... The European Commission welcomed the \
deal': both parties (a joint subject's agreement is a deal welcomed)" directed eu pol praise
check "'Moscow expelled an Estonian diplomat on Friday, a step Tallinn called a provocation': Estonia criticises \
Russia (Tallinn speaks for Estonia once it is named; 'called a provocation' holds its own word; the reaction after \
the name in a sentence after the first is read: rel_act_noun_before)" directed est rus criticize
check "'Hungary banned imports of Ukrainian grain last month, a move Kyiv called unfriendly': a criticism of the \
ban's author (lexicon: called unfriendly, called provocative...)" directed ukr hun criticize
check "'China's navy held live-fire drills near the Paracel Islands, which Vietnam claims ... Hanoi protested the drills': Vietnam's protest \
(Hanoi is Vietnam's once Vietnam is named)" directed vnm chn protest
check "'Nepal expelled a Chinese diplomat ... India said on Tuesday it would hold mountain drills with Bhutan's army, \
which Beijing condemned as a provocation': China criticises India's planned drills (', which' after the act's \
partner's forces follows the act: which_follows_act; the reaction after the name is read: rel_aside_subject)" \
    directed chn ind criticize
check "... not Nepal's expulsion the sentence before (an act of the reaction's own sentence, even one announced, \
comes first: latest_act)" not_directed chn npl criticize
check "'Lithuanian prosecutors said on Tuesday that Russian military intelligence was behind an arson attack': an \
accusation of the reporter's (lexicon: behind, responsible for; the name before 'was', the act after: \
rel_behind_accused)" directed ltu rus-armed-forces accuse
check "'Latvia said Moscow was also responsible for the sabotage of an undersea cable ... The Kremlin denied any \
involvement': Latvia's accusation, which Russia rejects" directed rus lva reject
check "'Serbian police arrested three men on Thursday suspected of taking part in a gun battle with Kosovo police': \
the suspects fought, not Serbia (involved_participle: a noun after 'taking part in')" unstated srb xkx fight
check "'Britain on Monday sanctioned six Russian officers involved in a cyberattack on Montenegro's election commission': \
the officers' cyberattack (a noun after 'involved in'; 'officers' names people)" directed rus mne cyberattack
check "... not Britain's" unstated gbr mne cyberattack
check "'Rwanda and Burundi agreed on Friday to reopen their shared border ... Tanzania welcomed the announcement': \
Tanzania praises both parties ('the announcement' names the act before: PRIOR_WORDS)" directed tza bdi praise
check "'Honduran President Xiomara Castro ordered the withdrawal of her country's ambassador to Israel': relations \
reduced (lexicon: withdrawal of her country's ambassador, recall of its ambassador...)" \
    directed xiomara-castro isr reduce_relations
check "'Guatemala sent 2,000 soldiers to the border under a new agreement with Washington': no deployment to the US \
(the deal's party after 'under': under_deal)" unstated gtm usa deploy
check "... the agreement stands" directed gtm usa cooperate
check "'Mali expelled two Swedish diplomats on Tuesday, accusing them of spying': the diplomats' country accused \
(rel_him_object: 'them' after a plural people noun)" directed mli swe accuse
check "'Sweden said the accusations were baseless': a rejection (lexicon: said the accusations were...)" \
    directed swe mli reject
check "'Slovenia, which has long been critical of Mali's military rulers': a criticism (lexicon: critical of)" \
    directed svn mli criticize
check "'the Houthis vowed to keep attacking Israel': no pledge of cooperation (rel_vows_hostile: keep, continue and \
a hostile act)" unstated houthis isr intend_cooperate
check "headline 'Bolivia storms Peruvian consulate in La Paz': coercion (lexicon: storms)" directed bol per coerce
check "'Venezuelan security forces forced their way into Argentina's embassy residence': coercion (lexicon: forced \
their way into)" directed ven arg coerce
check "'Turkish drones struck targets near Sulaimaniya on Friday': Iraqi Kurdistan is struck (rel_find_in_place: \
'near' a place a country or region is named by)" directed tur irq-iraqi-kurdistan attack
check "'..., hours after the PKK launched drones at an army base near Ankara': Turkey is attacked" \
    directed pkk tur attack
check "'Iran condemned the strikes': the striking's author (same_root: 'strikes' names 'struck', not the drone launch \
after it in the sentence)" not_directed irn pkk criticize
check "'Britain imposed sanctions on Monday on a Turkey-based shipping company': sanctions on Turkey, as on 'a Turkish \
company' (a '-based' compound is no place for a sanction: maker_compound's exception)" directed gbr tur sanction
check "'Moscow condemned the move as illegal': the sanctions' author criticised" directed rus gbr criticize
check "'Serbia's parliament adopted a contested media bill, defying weeks of street protests and warnings from the \
European Union': no Serbian protest (a noun after 'defying' is others': noun_phrase)" unstated srb eu protest
check "'would support Gambia's ICJ case against Myanmar': Gambia sues, the court is where (rel_case_filer)" \
    unstated icj mmr sue
check "... and Canada's support goes to Gambia, not the court (possessive_head: an organisation before a trigger \
noun is no head)" hedged can gmb aid
check "headline 'Turkey says Israel-Hamas truce talks frozen after strike on Beirut': the strike is no one's named \
(a bare noun of force after 'after': noun_phrase)" unstated hamas lbn attack
check "'Israeli drones killed a senior Hamas official in Beirut, which Turkish President Tayyip Erdogan called state \
terrorism': a criticism of the killing (', which' after the act's place: which_follows_act; past the title: \
title_left; lexicon: called state terrorism)" directed recep-tayyip-erdogan isr criticize
check "'... mediated by the United Arab Emirates. Ethiopian Prime Minister Abiy Ahmed thanked the Emirates': 'the \
Emirates' is the UAE once it is named (a short form: ~Emirates, not the airline unnamed)" directed abiy-ahmed are praise
check "'Malaysia and Singapore began annual joint naval drills ... Indonesia has long called the drills a \
provocation': both hosts criticised (a joint subject's drills are a show of force 'the drills' names: drills_named, \
deal_parties)" directed idn sgp criticize
check "'Benin and Togo will set up a joint military force of 2,000 troops to fight armed groups in the Sahel': allies, \
no fight between them (rel_common_foe)" unstated ben tgo fight
check "'Algeria banned imports of wine from Spain': a sanction on the goods' country (lexicon: banned imports of)" \
    directed dza esp sanction
check "'Algiers also expelled two French diplomats, accusing them of espionage in the port city of Oran': the \
diplomats' country accused, the city only where (the pronoun object read before the names after it)" \
    directed dza fra accuse
check "'Shehbaz Sharif and Turkish President Tayyip Erdogan discussed trade and relations with Afghanistan': a topic \
of the pair's, no third party (names_pair_before: past a title and its country)" \
    unstated afg recep-tayyip-erdogan consult
check "'Qatar said it was ready to help mediate between Kabul and Islamabad': an offer to mediate (the pronoun's \
'help' before the trigger keeps the reporter's chain)" hedged qat afg mediate
check "'Uzbekistan banned imports of Russian petrol ... Tajikistan criticised the ban': the ban's author criticised \
('ban', a noun of three letters: PRIOR_WORDS)" directed tjk uzb criticize
check "'Shigeru Ishiba called for the release of detained Japanese nationals': no detention of Ishiba's (an \
attributive participle after 'of': rel_attributive)" unstated shigeru-ishiba jpn detain
check "'Russia, whose mercenaries support Burkina Faso's army,': Russia's support (forces after 'whose': C2_FORCES)" \
    directed rus bfa aid
check "'Thailand began deporting thousands of Cambodian workers on Monday, a move the Cambodian government called \
inhumane': a criticism (lexicon: called inhumane; past 'government' after the name: rel_aside_subject)" \
    directed khm tha criticize
check "'Turkey suspended air strikes against the PKK': force halted, no relations cut (rel_penalty_suspended: a \
hostile act after 'suspended')" unstated tur pkk reduce_relations
check "'The Netherlands and Belgium held joint naval drills ... Germany said it had supplied patrol vessels to both \
countries': both supplied (rel_pair_object: the pair after the goods and 'to')" directed deu bel supply
check "'Latvia closed its border with Russia ... The Kremlin called the closure a provocation': the closure's author \
criticised (lexicon: called the closure, called the ban, called the expulsions...; 'closure' names the act before: \
PRIOR_WORDS)" directed rus lva criticize
check "'Rwanda has denied accusations that it arms the M23': the claimed supply (lexicon: arms, armed, arm, gated on \
an actor right after: rel_drop_idle_verbs)" claimed rwa m23 supply 1
check "'Eritrea, by contrast, openly armed Ethiopian militias': the militias, not Ethiopia" unstated eri eth supply
check "'Armenia accused Belarus's government on Wednesday of selling weapons to Azerbaijan': Belarus's claimed sale \
(the accused past its possessive and 'government': a state's government is the state)" claimed blr aze supply 1
check "... not Armenia's" unstated arm aze supply
check "'Japan, the Philippines and the United States began sharing real-time missile warning data': shared \
intelligence (lexicon: sharing real-time missile warning data...)" directed phl usa share_intel
check "'... Vietnam condemned the arrangement as bloc confrontation': the three's arrangement ('arrangement' names \
a joint subject's cooperation: PRIOR_WORDS; a list with 'the' is a joint subject)" directed vnm phl criticize
check "'Tajikistan accused Kyrgyzstan on Monday of plotting to seize disputed border villages. Bishkek called the \
charges a farce': a rejection (dismissive words sham, farce)" directed kgz tjk reject
check "'Egypt hosted talks on Sunday between Sudan's army and the paramilitary Rapid Support Forces': the pair's \
talks (a list past \"Sudan's army\" and \"the paramilitary\": conj_list)" stated rsf sdn consult
check "... and Egypt hosts both sides" directed egy rsf host
check "'agreed to share satellite data to fight forest fires': no fight between the two (rel_common_foe: fires)" \
unstated arg chl fight
check "'Venezuela released six detained Americans on Friday': the Americans are released (an attributive participle \
does not end the object: rel_attributive)" directed ven usa release
check "'a visa scheme for Turkish tourists visiting Greek islands': tourists are no state on a visit (private_people)" \
not_directed tur grc visit
check "'Saudi Arabia called on both sides in Sudan's war to protect civilians', after Sudan cut ties with the UAE: \
the war's sides, not the pair that cut ties (war_named_after)" unstated sau are demand
check "... Sudan is one of them" directed sau sdn demand
check "'... working for Iran, which it accuses of plotting attacks on Israeli targets': the accuser's claim (the \
gerund's words before the trigger)" hedged irn isr attack
check "'arrested dozens of people in recent years on charges of working for Iran': why, not whom" \
unstated aze irn detain
check "'could pave the way for a meeting between Prime Minister Narendra Modi and President Xi Jinping': made \
possible, not held" hedged narendra-modi xi-jinping consult
check "'a vote Algeria boycotted in protest at the text's support for Morocco's autonomy plan': Algeria protests" \
directed dza mar protest
check "... not the council that extended the mission" unstated unsc mar protest
check "'Poland and Latvia said they stood ready to help their NATO ally': a member, not the bloc (bloc_member)" \
unstated lva nato aid
check "'Yemen's Houthi movement said on Wednesday it had fired anti-ship missiles at a British destroyer': the \
reporter's attack (a hyphen inside a word does not end the pronoun's clause; 'ship' after 'anti-' is no trigger)" \
directed houthis gbr attack
check "'The PKK, designated a terrorist group by Ankara, the United States and the EU': those who designate it \
(a reduced passive's agent after 'by', not the noun's owner: owner_by)" directed usa pkk accuse
check "... the PKK designates no one" not_directed pkk tur accuse
check "'Slovenia said it would recognise Palestine within weeks': a recognition (a time after the name ends the \
object: rel_object_word_missing)" hedged pse svn restore_relations
check "'Britain agreed on Thursday to hand sovereignty of the Chagos Islands to Mauritius ... Biden welcomed the \
agreement': an agreement stated with one party as the subject is welcomed too (PRIOR_DEAL)" directed joe-biden mus praise
check "... and Britain's part in it" directed joe-biden gbr praise
check "'The Houthis vowed to continue their attacks until the war in Gaza ends': Gaza is another clause's place \
(rel_find_in_place stops at 'until the')" unstated houthis pse-gaza attack
check "'Mali, Burkina Faso and Niger said on Sunday they were leaving the West African bloc ECOWAS, accusing it of \
threatening their sovereignty': each accuses the bloc (the described object is the leaving's, not the participle's \
subject; 'it' the bloc past its descriptors: comma_object)" directed bfa ecowas accuse
check "... 'and of being under the influence of France' is a charge of its own, no threat to France" \
unstated ecowas fra threaten
check "'after ECOWAS threatened to use force to reinstate Niger's ousted president': a person reinstated, no state" \
unstated aes-sahel ner restore_relations
check "'Greece and Egypt signed an agreement ..., a move Turkey said was \"null and void\"': a criticism of both \
(lexicon)" directed tur egy criticize
check "'Libya's Tripoli-based government, which Athens and Cairo reject': the possessor is rejected, by both \
(relative_antecedent)" directed grc lby reject
check "'Hanoi has kept close ties with both Moscow and Washington, which it upgraded to a comprehensive strategic \
partnership': the pronoun's partnership, not the antecedents' with each other" unstated rus usa cooperate
check "... Hanoi's ties with each" stated usa vnm cooperate
check "'Peru granted asylum to a former Bolivian interior minister ..., drawing a protest from Bolivia's government': \
Bolivia protests Peru's act (the name after 'to a former' is in a preposition's phrase, no subject)" \
directed bol per protest
check "'recalled the country's ambassador in Lima for consultations': relations reduced with Peru (an envoy's post \
after 'in')" directed bol per reduce_relations
check "'accusing Moscow of deliberately pushing asylum seekers towards its frontier in retaliation for Helsinki \
joining NATO': Helsinki joins (a name between 'for' and its gerund is the gerund's subject), not Moscow" \
unstated nato rus cooperate
check "... Finland joins NATO" directed fin nato cooperate
check "'Polish and allied jets shot down several Russian drones that entered Polish airspace ... Tusk called the \
incursion a large-scale provocation': a criticism of Russia (a hyphenated compound before the dismissive word)" \
directed donald-tusk rus criticize
check "'Norway will donate air defence systems and radar equipment to Moldova': a supply (lexicon: donate)" \
directed nor mda supply
check "'Bolivia, which has clashed with Chile for decades over access to the sea': a quarrel, no fighting \
(rel_clash_over_issue)" unstated bol chl fight
check "... words each way" directed chl bol criticize
check "'Chancellor Friedrich Merz condemned Iranian missile and drone attacks on Israeli cities': Iran's attacks \
(two nouns joined by 'and' between the demonym and the trigger: noun_modifiers_to), no attack of Merz's" \
unstated friedrich-merz isr attack
check "'Ethiopian Prime Minister Abiy Ahmed, who visited Nairobi for the signing ... Somalia ... criticised the visit': \
the visitor criticised (a visit named by its noun: PRIOR_VISIT)" directed som abiy-ahmed criticize
check "... the host is no visitor" not_directed som ken criticize
check "'Armenia has deepened ties with India, which agreed last year to sell it artillery systems': the sentence's \
subject receives them ('it' right after the giving, in the antecedent's clause: rel_it_recipient)" \
directed ind arm supply
check "'Armenia has frozen its participation in the Russian-led Collective Security Treaty Organization ..., accusing \
the alliance of failing to protect Armenia': a reduction and a charge" directed arm csto reduce_relations
check "'Venezuela ordered diplomats from seven Latin American countries, including Peru, Argentina and Chile, to leave \
the country': each of the listed (rel_post_object reads a list after 'including' and 'from')" \
directed ven chl reduce_relations
check "... and Argentina" directed ven arg reduce_relations
check "'Finland told a diplomat from Belarus to leave the country': an expulsion ('to leave' after the name: \
diplomat_tail)" directed fin blr reduce_relations
check "'Estonia summoned a senior Russian diplomat on Monday and accused Moscow of jamming GPS signals'" \
directed est rus accuse
check "'imposed sanctions on Wednesday on nearly 400 companies and individuals, including dozens in China and India': \
the places after ', including' (rel_find_in_place)" directed usa ind sanction
check "'China's foreign ministry said it firmly opposed the measures': the sanctions' author (PRIOR_MOVE: 'measures')" \
directed chn usa reject
check "'North Korea fired missiles into the sea off its east coast ... Shigeru Ishiba condemned the launch': the firer \
(a force act's 'launch': the lone act of a trigger form ending in 'into', rel_act_verb)" \
directed shigeru-ishiba prk criticize
check "'China will resume imports of seafood from parts of Japan ..., lifting a ban imposed in 2023 ... Japan welcomed \
the decision': an act undone is the decision (latest_act)" directed jpn chn praise
check "'Fiji reversed its agreement with Vanuatu. Qatar criticised the decision': Fiji's decision" directed qat fji criticize
check "'The two NATO allies have long quarrelled over maritime borders': a standing dispute, each way (lexicon: \
dispute, CAMEO 110)" stated grc tur dispute
check "'Somalia, which has a long-running dispute with Ethiopia': a dispute (lexicon)" stated eth som dispute
check "'Croatia said it had no quarrel with Serbia': none (negated)" negated hrv srb dispute
check "'Togo ordered Dutch troops to leave': a presence ended (troops sent away: rel_post_object, diplomat_tail)" \
directed tgo nld reduce_relations
check "'Niger's military junta said on Thursday it had revoked military agreements with France': relations cut" \
directed ner fra reduce_relations
check "'Saudi Arabia has put on hold U.S.-backed talks on normalising relations with Israel': the backer normalises \
nothing (a compound before a trigger noun is the noun's modifier: maker_compound)" unstated isr usa restore_relations
check "... Saudi Arabia would" hedged isr sau restore_relations
check "'sanctions on Iranian officials and companies that it said had helped supply drones and ballistic missiles to \
Russia': the antecedent's supply, as the speaker says (a relative clause's reporting frame: rel_scan_left; two nouns \
joined by 'and' before 'that': antecedent)" hedged irn rus supply
check "'Joe Biden hosted ... Fumio Kishida at the White House ... Beijing said it firmly opposed the meeting': the host \
and his guests (a hosting is the meeting named: host_talks; 'opposed' the meeting, another's)" \
directed chn joe-biden reject
check "... and a guest" directed chn fumio-kishida reject
check "'Egypt hosted talks ... between Sudan's army and the paramilitary Rapid Support Forces ... The African Union \
welcomed the meeting': the host too" directed african-union egy praise
check "'Germany and Lithuania signed an agreement ... to permanently station a German brigade of about 5,000 troops in \
Lithuania': Germany deploys (the forces' state, the place after them: rel_forces_placed)" not_directed ltu deu deploy
check "... 'Poland and Latvia welcomed the deployment': the deployer's" directed lva deu praise
check "'South Africa ordered a senior U.S. diplomat to leave the country': an expulsion (the name's dotted tokens and \
an adjective inside rel_post_object's reach)" directed zaf usa reduce_relations
check "'The U.S. State Department said it regretted the decision': a criticism of the expeller (lexicon: regretted the \
decision)" directed us-state-department zaf criticize
check "'Ankara has also carried out frequent air strikes against Kurdish fighters in northern Syria, which Syrian \
officials have criticised as violations of sovereignty': the strikes' author criticised (', which' after a place past \
a compass word follows the act: which_follows_act; 'officials' after the demonym)" directed syr tur criticize
check "'Baghdad banned the PKK earlier this year'" directed irq pkk sanction
check "'Lithuania, which has also reduced crossings, supported Warsaw's move': an endorsement, no aid (a move is a \
stance: rel_stance_object)" directed ltu pol praise
check "'Australia expelled Iran's ambassador ... (two sentences) Israel praised the decision': the expeller (the latest \
act three sentences back: MOVE_SENTENCES)" directed isr aus praise
check "'South Korea and Japan expressed concern over the drills': a criticism of both drilling (lexicon: expressed \
concern over)" directed kor rus criticize
check "'Mexico and Brazil expressed concern about the rising U.S. military activity in the region': a criticism" \
directed mex usa criticize
check "'Egypt and Algeria, which have both hosted past reconciliation talks': hosts, no talks with each other ('past' \
an adjective before the hosted talks: past_plain_left)" unstated dza egy consult
check "... 'welcomed the declaration': the signers' (a declaration named after one signed: PRIOR_DEAL)" \
directed dza hamas praise
check "'Beijing, which calls the islands Diaoyu, said the buoy was placed in Chinese waters and rejected Tokyo's \
demand': the reporter rejects (a name in a preposition's phrase is a thing of the reported clause; the opener's aside \
skipped: opener_subject)" directed chn jpn reject
check "'Pakistani warplanes struck several villages in Afghanistan's Paktika province ... The strike was condemned by the \
United Nations': the striker criticised (a passive reaction's subject names the act: rel_passive_prior)" \
directed un pak criticize
check "'Israel imposed sanctions on Iranian shipping firms ... The sanctions were welcomed by Hungary': praise of the \
sanctioner (a sentence opening with the act's noun is read: names_more)" directed hun isr praise
check "'Iran's navy seized an oil tanker carrying Iraqi crude to Turkey': the cargo's maker is not seized (a name after \
'carrying' names the cargo: rel_scan_right)" unstated irn irq coerce
check "... 'Britain said the seizure was a flagrant breach of international law'" directed gbr irn criticize
check "'Malaysia joined the BRICS group as a partner country on Wednesday, along with Thailand and Indonesia': each \
listed joins (', along with' after the object: rel_along_after)" stated brics tha cooperate
check "... and Indonesia" stated brics idn cooperate
check "'Egypt, Qatar and U.S. present new Gaza truce proposal': the proposal's authors are no parties to a truce \
('proposal' after the trigger: rel_proposed)" unstated egy qat ceasefire
check "'against the European Union's plan to phase out imports of Russian gas': a planned embargo, no supply (lexicon: \
phase out imports of)" hedged eu rus sanction
check "'Pashinyan and Macron discussed new French arms supplies to Yerevan': France's supplies, the \
topic of the talks, not Macron's (a demonym before a noun the topic verb's object: discussed_before)" \
unstated emmanuel-macron arm supply
check "'Latvia's interior minister said Minsk was responsible for the incursions': an accusation (incursions an act \
one is responsible for: linked_to_act)" directed lva blr accuse
check "... 'Belarus has denied any involvement': the charge rejected" directed blr lva reject
check "'New Zealand is in talks with the United States, Britain and Australia on joining the non-nuclear pillar of the \
AUKUS pact': weighed, not done (the talks' partners between the trigger and 'on joining': talks_partners_left)" \
claimed aukus nzl cooperate 1
check "'Sudan filed a case against the United Arab Emirates ... The UAE called the case a cynical publicity stunt': the \
suit rejected (a lawsuit is a charge a reaction names: PRIOR_CHARGE; 'stunt' a dismissive word)" directed are sdn reject
check "'Chad, which borders Darfur, has denied allowing weapons to cross its territory': its own act denied, no answer \
to the charge against the UAE (charge_against_subject)" not_directed tcd sdn reject
check "'Nicaragua filed a case against Germany at the International Court of Justice ... Germany dismissed the case as \
baseless': the suit rejected (PRIOR_CHARGE)" directed deu nic reject
check "'The Chinese foreign ministry said the two countries should not stir up trouble ... Manila rejected the remarks \
as interference': the speaker's words rejected (a reaction to 'the remarks' names the latest speaker: latest_speaker)" \
directed phl china-mfa reject
check "'Israeli warplanes struck ports in Yemen held by the Houthi movement ... The Houthis have launched hundreds of \
missiles at Israel ... and have attacked ships ... Iran condemned the strikes': Israel's striking, not the Houthis' \
attacks (an act sharing the noun's root comes first, five sentences back: rel_prior_act)" not_directed irn houthis criticize
check "'pledged ... to cooperate on ending the war in Gaza': the war is no fight between the two pledging \
(rel_war_in_ended, a place not an actor)" not_negated abdel-fattah-el-sisi recep-tayyip-erdogan fight
check "'The two leaders had been at odds for a decade': a dispute (lexicon: at odds)" \
stated abdel-fattah-el-sisi recep-tayyip-erdogan dispute
check "'Cyprus, which has disputed maritime borders with Turkey': a dispute (lexicon)" stated cyp tur dispute
check "'Pakistani jets bombed several hideouts in eastern Afghanistan held by the Pakistani Taliban': the holder is struck \
(owner_by past a place and its compass word after 'in')" directed pak ttp attack
check "'Afghanistan's defence ministry called the bombing a \"barbaric\" violation of international law': a criticism \
(lexicon: called the bombing; a quoted word before the dismissive one: listed_word_within)" directed afg pak criticize
check "'Beijing ... warned against bringing military blocs into the Asia-Pacific': no one warned (a gerund after \
'warned against': rel_warned_against)" unstated chn asia-pacific threaten
check "'China has also warned against sending troops to the Philippines': no one's sending, not China's \
(rel_after_warned_against)" unstated chn phl deploy
check "'Azerbaijan and Armenia have agreed on the text of a peace treaty ... (three sentences) Turkey, Azerbaijan's main \
ally, welcomed the announcement': both parties praised (an announcement after an agreement further back: PRIOR_DEAL)" \
directed tur arm praise
check "'Niger's military government suspended military cooperation with neighbouring Benin on Wednesday and accused it \
of hosting French troops ..., an allegation Benin denied': the charge rejected ('it' after 'and accused' is the object \
before 'and': comma_object; 'neighbouring' a determiner)" directed ben ner reject
check "... the suspension is a fact, the allegation denied is the charge's (rel_denied_after stops at a charge)" \
claimed ner ben reduce_relations 0
check "'QUITO, April 12 (Wire) - Mexico's foreign ministry said on Thursday that Ecuador must apologise ... Ecuador's \
government rejected the demand': the speaker's demand rejected (a speaker after a dateline; 'the demand': \
latest_speaker)" directed ecu mex reject
check "'Thai acting Prime Minister Phumtham Wechayachai and Cambodian Prime Minister Hun Manet met ... Trump said he had \
spoken to both leaders': the two prime ministers, not their host Anwar (leaders.tsv: Phumtham Wechayachai)" \
unstated anwar-ibrahim donald-trump consult
check "... Trump speaks to the Thai leader" stated donald-trump phumtham-wechayachai consult
check "'Western governments accuse Iran of supplying Russia with drones ... for its war in Ukraine, which Tehran denies': \
no war is denied (a relative clause's antecedent an event: rel_relative_object)" unstated irn ukraine-war reject
check "'a mutual defence clause like the one Moscow agreed with North Korea last year': Moscow's agreement, not the \
treaty's two sides' (a name after 'the one' is the relative clause's subject: rel_scan_left)" \
unstated masoud-pezeshkian prk cooperate
check "'Australia called China's actions dangerous': a criticism of the possessor (a one-word 'called' gated on a \
possessive and a dismissive word: called_possessed_wrong)" directed aus chn criticize
check "'prosecutors said Russia's GRU military intelligence agency had organised an arson attack on an IKEA store in \
Vilnius': an attack (organised a light verb)" directed rus-gru ltu attack
check "'Lithuania, Latvia and Estonia imposed their own entry bans on 11 Georgian officials ... Georgia's foreign \
ministry called the bans unacceptable interference': each imposer criticised (lexicon: called the bans; all the \
subjects of the act: prior_actor)" directed geo lva criticize
check "... and Estonia" directed geo est criticize
check "'The three Sahel states, which have expelled French troops ...': each of the three named before ('The three' as \
a subject: trio_phrase in rel_pair_subject; 'states' a pair noun; expelled troops: a presence ended, relations \
reduced, not coercion)" directed bfa fra reduce_relations
check "... no coercion" unstated bfa fra coerce
check "'Nicaragua left the Organization of American States on Sunday': a withdrawal (lexicon: left, with an \
organisation after it)" directed nic oas reduce_relations
check "'U.S. imposes sanctions on Chinese refinery buying Iranian oil': the refinery buys, not the U.S. (a participle \
after a singular noun whose maker is named before it: rel_scan_left's antecedent)" unstated irn usa supply
check "'thanked Ethiopia for its troops in the African Union mission fighting al-Shabaab': the mission fights, not the \
Somali president thanking (a participle after a singular noun and its name)" unstated al-shabaab hassan-sheikh-mohamud fight
check "'Poland ordered the closure of Russia's consulate in Krakow on Tuesday, saying Moscow was behind an attempted \
arson attack': an accusation (', saying' reports as 'said': rel_behind_accused)" directed pol rus accuse
check "'Ramaphosa blamed M23 rebels and Rwandan troops for the deaths': both accused (a list past a forces noun: \
conj_list)" directed cyril-ramaphosa rwa accuse
check "'Kagame said South Africa's troops were not a peacekeeping force and accused Pretoria of fighting alongside \
Congolese forces': the reporter accuses (the reported clause's possessive subject: rel_scan_left)" \
directed paul-kagame zaf accuse
check "'The leaders of Armenia and Azerbaijan held their first bilateral meeting in Abu Dhabi on Thursday, hosted by the \
United Arab Emirates': the host of the two (a hosting participle after the meeting's place: meeting_parties)" \
directed are arm host
check "'The United States on Thursday imposed sanctions on a Chinese independent refinery ... The Treasury Department \
also targeted tankers and firms in Hong Kong and the United Arab Emirates': a sanction, no attack (rel_sanction_targets)" \
directed us-treasury hkg sanction
check "... not an attack" unstated us-treasury hkg attack
check "... 'China's foreign ministry said it firmly opposed the sanctions': those on China, not the later ones on firms \
in Hong Kong (a penalty on the reaction's subject first: prior_actor)" not_directed chn us-treasury reject
check "'began their largest joint military exercises on Friday, with more than 3,600 troops taking part in drills near \
the South China Sea': no force shown to a sea (open_water)" unstated phl south-china-sea exhibit_force
check "'Shigeru Ishiba and ... Lee Jae-myung agreed on Saturday to deepen cooperation ... (two sentences) North Korea's \
state media denounced the summit': the two leaders criticised (a joint act three sentences back: latest_act)" \
directed prk shigeru-ishiba criticize
check "'The United States, which has charged an Indian official over a plot to kill a Sikh activist in New York': the \
plotters' killing, not the charger's (plot_of_others)" unstated usa new-york-city attack
check "'Greece lodged a formal protest with Turkey ... Greek Foreign Minister Giorgos Gerapetritis said the voyage \
violated Greek sovereign rights. Ankara rejected the protest': the protester rebuffed (a protest stated first: \
latest_speaker, PRIOR_REMARK)" directed tur grc reject
check "'Chief Cabinet Secretary Yoshimasa Hayashi told reporters Tokyo had conveyed its serious concern to Beijing': \
disapproval voiced to China (lexicon: conveyed its serious concern to, raised concerns with...)" directed jpn chn criticize
check "'Japan and New Zealand signed a reciprocal access agreement last year ..., a pact Beijing has criticised as \
bloc confrontation': the pact's parties criticised (a name and 'has' before the verb: the appositive clause's \
subject)" directed chn nzl criticize
check "'Kuwait, which backs the army, condemned the attacks on Port Sudan': not the army's shooting down of drones (a \
state's own city is struck by another)" unstated kwt sdn criticize
check "'The U.S. military destroyed a boat ... Venezuela's government called the strike an extrajudicial execution': the \
striker criticised (dismissive words execution, insult, interference...)" directed ven usa criticize
check "'The U.S. military struck another boat in the eastern Pacific ... Ecuador condemned the strike': the striker \
criticised (a force noun between the name and 'struck' in a sentence of one name: launch_after)" directed ecu usa criticize
check "... and the third partner, named after 'and the' (joint_subject; deal_parties reads every pair of the \
trigger)" directed vnm usa criticize
check "'The European Union has accused Belarusian leader Alexander Lukashenko of using migrants as a weapon ..., a charge \
he rejects': the accused rejects the charge ('he' after an appositive act noun: rel_aside_pronoun)" \
directed alexander-lukashenko eu reject
check "'after Washington decertified Colombia as a partner in the drug war': relations reduced (lexicon: decertified, \
decertification of...)" directed usa col reduce_relations
check "'Cambodian leader Hun Manet said his country would ask the International Court of Justice to rule ..., a move \
Thailand has refused to accept': a rejection of his country's move (lexicon: refused to accept; a refusal names \
another's move)" directed tha khm reject
check "... 'his country would ask the International Court of Justice': Cambodia asks (his country after a title and \
the country's adjective)" directed khm icj appeal
check "'Chinese coast guard ships fired water cannon at a Philippine fisheries vessel ... The United States, a treaty ally \
of Manila, condemned the incident': the act's author criticised ('incident' names an act of force or a show of it: \
PRIOR_WORDS)" directed usa chn criticize
check "'Israel and Syria hold talks in Paris as Druze clashes subside': the clashes are the clause's own, no fight \
between the two (subclause_noun)" unstated isr syr fight
check "'The junta has grown closer to Russia': cooperation (lexicon: grown closer to, moved closer to, pivoted \
towards...)" stated mli rus cooperate
check "'The Kremlin denied the accusation and said it regretted Helsinki's decision': the decider criticised (lexicon: \
regretted, regrets)" directed rus fin criticize
check "'India and Pakistan agreed to a ceasefire ... Trump said Washington had mediated the truce': the truce's parties \
(a mediation of 'the truce' names the parties of the agreement before: rel_prior_act)" directed usa pak mediate
check "'U.S. President Donald Trump said Washington had mediated the truce, a claim New Delhi denied': the speaker's \
claim rejected (a country, a title and a person open the sentence before 'said': speaker_opens)" \
directed ind donald-trump reject
check "'Hungary blocked a 6.6 billion euro tranche of military aid for Ukraine': no supply (an amount's tokens do not \
count in the negation window: rel_cues)" negated hun ukr supply
check "'Russia and Belarus launched joint military exercises on Friday near the borders of Poland and Lithuania': where, \
not with whom (a stretch's 'of' after near/along/on: rel_scan_right; STRETCH words borders, frontiers)" \
unstated pol rus military_cooperation
check "... nor Lithuania" unstated ltu blr military_cooperation
check "'Poland called the Zapad drills aggressive': the drills' holders criticised (a name before the act noun: \
called_named_act_wrong, rel_prior_word; dismissive word aggressive)" directed pol blr criticize
check "'prompting Warsaw to close its frontier with Belarus': relations reduced (lexicon: close its frontier with...)" \
directed pol blr reduce_relations
check "'Pakistan began deporting Afghans living in the country without papers, after accusing Afghanistan's Taliban \
government of sheltering militants': an accusation, not negated by 'without' before 'after' (rel_cues)" \
not_negated pak taliban accuse
check "'South Korea lodged a protest with China ... China's foreign ministry said the structure was an aquaculture \
facility in Chinese waters and rejected the protest': the protester rebuffed (a sentence of one name read for the act \
noun past its last mention, or after ' and ' and a verb: names_more, and_verb_prior)" directed chn kor reject
check "'Ethiopia accused of backing Somali rebels': the rebels are not Somalia (rebels_of)" unstated eth som aid
check "'Ethiopia's foreign ministry dismissed the letter as a fabrication': the accuser rebuffed ('letter' names the \
charge made in it: PRIOR_WORDS)" directed eth som reject
check "'The two neighbours have been at odds since Guyana signed an exploration deal with the oil major ExxonMobil': \
Guyana's deal, no pact between the two (a name right before the verb: no pair subject)" \
unstated guy ven sign_agreement
check "'Moldova ordered a Russian embassy official to leave the country ... Russia's foreign ministry said the \
expulsion was unjustified': the expeller criticised (an embassy official is sent away: sent_away_noun)" \
directed rus mda criticize
check "'Swedish prosecutors charged a man ... with gathering information on Swedish and U.S. technology': the U.S. is \
a topic, not accused (rel_topic_mention)" unstated swe usa accuse
check "'Turkey's defence ministry said on Sunday it had \"neutralised\" 12 militants of the Syrian Kurdish YPG': an attack \
on the group (lexicon: neutralised; a quote mark inside the reported clause: reporter_pronoun; a group named after a \
country's adjective is the one meant: person_after)" directed tur ypg attack
check "'Nigerien troops struck camps of the Malian group JNIM': the group, not Mali (person_after)" \
directed ner jnim attack
check "... and 'Niger strikes jihadist camps near Malian frontier' strikes no one across it" unstated ner mli attack
check "'Hamas and Fatah sign Beijing declaration on Palestinian unity': a city naming the declaration, no party (a \
headline drops 'the': city_named_deal)" unstated chn hamas sign_agreement
check "'Lithuania stopped the rail transit of goods subject to European Union sanctions to ... Kaliningrad ... Kremlin \
spokesman Dmitry Peskov called the move illegal': not the EU's move (a penalty goods are subject to is no act: \
move_act)" unstated dmitry-peskov eu criticize
check "'Israeli warplanes struck a warehouse used by a Kuwaiti charity ... Kuwait said the warehouse held only food and \
medicine, and its foreign minister called the attack a flagrant violation': the striker criticised ('its' and a \
title after ', and': the sentence's subject; the act noun read after ' and ' and four words: and_verb_prior)" \
directed kwt isr criticize
check "'Berlin's approval of a 2 billion euro arms package for Saudi Arabia': a supply (the possessor within reach of \
the trigger, an amount's tokens not counted), beside the halt of 2018" not_negated deu sau supply
check "'The United States has designated six Mexican cartels as foreign terrorist organisations': the cartels, not \
Mexico (rebels_of: cartels, gangs)" unstated usa mex accuse
check "'Croatia refused entry to a Serbian government minister': a rejection (lexicon 'refused entry to')" directed hrv srb reject
check "'Serbian President Aleksandar Vucic called the decision shameful' after 'Serbia recalled its ambassador from Zagreb \
... after Croatia refused entry': Croatia's decision, not his country's (latest_act skips the speaker's own state; a \
refusal of entry is an act: move_act)" directed aleksandar-vucic hrv criticize
check "... not Serbia's recall" unstated aleksandar-vucic srb criticize
check "'said Belgrade would review its cooperation with Zagreb': a cut weighed (rel_ties_reviewed), no cooperation" \
unstated hrv srb cooperate
check "... a hedged reduction of relations" hedged srb hrv reduce_relations
check "'Vietnam demanded on Thursday that China withdraw a survey vessel': a demand past the day (skip_day_right)" \
directed vnm chn demand
check "'Prime Minister Inga Ruginiene called the balloons a hybrid attack by the regime in Minsk': an accusation \
(rel_called_act_by)" directed inga-ruginiene blr accuse
check "'Lukashenko dismissed the accusation': he rejects its author" directed alexander-lukashenko inga-ruginiene reject
check "'Belarus has sent hundreds of drones to Russian troops fighting Ukraine': the troops receive them (troops after \
'to' are a recipient)" directed blr rus-armed-forces supply
check "... and fight Ukraine, not Belarus (a gerund after 'to' and a name has the name as its subject)" \
unstated blr ukr fight
check "... and Ukraine is supplied nothing" unstated blr ukr supply
check "'A Montenegrin minister was denied entry to Belarus': Belarus refuses him (an agent after 'entry to' in a \
passive)" directed blr mne reject
check "... not the reverse" not_directed mne blr reject
check "'Sudan threatened to arm rebels fighting Chad': a threat, no arms for Chad (the rebels' gerund ends the object \
search: arming_ending)" unstated sdn tcd supply
check "'Malaysian and Singaporean navies held their first joint patrol ..., a move that drew a sharp rebuke from \
Beijing': the patrol's parties criticised (rel_prompting_act)" directed chn mys criticize
check "... both" directed chn sgp criticize
check "'Ferdinand Marcos Jr. was in New Delhi ..., where he and Indian Prime Minister Narendra Modi agreed to raise ties': \
'he' in a joint subject (he_referent)" stated ferdinand-marcos-jr narendra-modi cooperate
check "'Mali junta bars French-funded NGOs, accuses Algeria of harbouring militants': the ban is a verb of its own, the \
accusation stands (a series of present verbs)" not_negated mli dza accuse
check "'Warships from China, Russia and Iran joined South Africa for naval exercises': drills with South Africa \
(rel_joined_for_drills), all three ('warships from' a list opens the subject)" stated chn zaf military_cooperation
check "... Russia too" stated rus zaf military_cooperation
check "'Colombia agreed to accept deported migrants on U.S. military aircraft': an adjective after 'to accept', no \
coercion" unstated col usa coerce
check "'The European Commission backed Greece's right to protect its seas': an endorsement (stance word 'right'), no \
aid" directed eu grc praise
check "... not aid" unstated eu grc aid
check "'the Tehrik-i-Taliban Pakistan (TTP), which it has fought for two decades': Pakistan fights the TTP (a relative \
clause after a parenthesis, its pronoun subject the sentence's first state: rel_relative_pronoun)" stated pak ttp fight
check "'Bola Tinubu said the attackers were linked to Boko Haram, whom he has accused of killing thousands of farmers': \
'he' the sentence's first person" directed bola-tinubu boko-haram accuse
check "'New Zealand called China's conduct provocative and unsafe': the possessor criticised (a cue word, 'conduct', as \
the possessed noun)" directed nzl chn criticize
check "'Romania, which borders Moldova, called the Russian move unjustified': the adjective's state \
(called_named_act_wrong)" directed rou rus criticize
check "'North Korea fired several short-range ballistic missiles into the sea ..., hours after the United States, South \
Korea and Japan wrapped up joint air drills ... Italy condemned the launch': the firer (a launch names no drills)" \
directed ita prk criticize
check "... not the drills' parties" unstated ita jpn criticize
check "'citing his refusal to meet the junta's new foreign minister': no meeting (negation word refusal)" \
negated fra ner consult
check "'in protest at Paris's support for Morocco's autonomy plan': the supporter is protested (the act's possessor \
after 'at', as after 'over')" directed dza fra protest
check "'Swedish prosecutors charged a man ... with spying on members of the Iraqi diaspora': the spied-on are no \
accused (a topic after 'spying on': C3_INFO)" unstated swe irq accuse
check "'during a visit by Prime Minister Shehbaz Sharif to Beijing': the visitor after 'by' and a title (role_word reads \
past the title)" directed shehbaz-sharif chn visit
check "... not the reverse" not_directed chn shehbaz-sharif visit
check "'Kazakhstan arrested a man suspected of spying for China': the principal accused (rel_spied_for)" \
directed kaz chn accuse
check "'The Chinese embassy in Astana called the allegations a smear': the charge rejected (dismissive word smear)" \
directed chn kaz reject
check "'President Maia Sandu called the incursion a violation of Moldova's sovereignty': the wronged is not criticised" \
unstated maia-sandu mda criticize
check "'Cyprus and Israel signed an agreement ... Greece backed the agreement': an endorsement of its parties \
(lexicon: backed the agreement, praise)" directed grc isr praise
check "'preparing a war to seize access to the Red Sea': a sea of no one's is not coerced" unstated eth red-sea coerce
check "'British warplanes struck Houthi radar sites ... The Houthis vowed to retaliate': a threat to the striker (a \
sentence of one name read for a vow of reprisal: rel_reprisal_target)" directed houthis gbr threaten
check "'Peru's Congress declared Mexican President Claudia Sheinbaum persona non grata': the person (rel_post_object, \
diplomat_tail)" directed per claudia-sheinbaum reduce_relations
check "'Wellington conveyed serious concerns to Moscow': a criticism (lexicon: conveyed serious concerns to)" \
directed nzl rus criticize
check "'Nigeria said it would reopen its land border with Niger': relations restored, hedged (lexicon: reopen its land \
border with)" hedged ner nga restore_relations
check "'The Netherlands imposed new export curbs on China ... China said it firmly opposed the restrictions': the \
penalty's author rejected (PRIOR_WORDS restrictions, curbs, levies)" directed chn nld reject
check "'the United States imposed new sanctions on Nicaragua. Managua called the measures illegitimate and vowed to \
respond': a threat to the penalty's author (rel_reprisal_target: a penalty too)" directed nic usa threaten
check "'Senegal hosted talks between delegations from Gambia and ECOWAS': the delegations' parties talk (between_pair \
reads past 'delegations from')" stated ecowas gmb consult
check "... the host is no party" unstated sen gmb consult
check "'Bulgaria will close Russia's last consulate after blaming Russian intelligence for an explosion': the closer \
blames (the verb after 'will' opens the adjunct's subject, not the object's possessor)" directed bgr rus accuse
check "'charged a man with gathering information about Swedish and U.S. technology on behalf of Russia's military \
intelligence service': Sweden accuses Russia (the principal read up to 32 tokens after the trigger)" directed swe rus accuse
check "'Seoul has become one of Poland's main arms suppliers': South Korea supplies Poland (a possessor's role after \
'has become one of')" directed kor pol supply
check "'Algeria supplies much of Spain's natural gas': trade in gas (CAMEO 061)" directed dza esp trade
check "... not military aid (072)" unstated dza esp supply
check "'criticised the treatment of jailed former Georgian president Mikheil Saakashvili': the participle after 'of' \
is attributive (Zelensky criticises Georgia's treatment of him)" directed volodymyr-zelensky geo criticize
check "... and jails no one" unstated volodymyr-zelensky geo detain
check "'months after the two countries normalised relations ... Algeria denounced the rapprochement': the parties of \
the normalisation (PRIOR_WORDS rapprochement)" directed dza mar criticize
check "'Colombia and Venezuela reopened their shared border': relations restored (lexicon)" stated col ven restore_relations
check "'Burkina Faso, whose junta has accused Ivory Coast': the junta's state accuses (a ruler after 'whose')" \
    directed bfa civ accuse
check "'placed sanctions on a Russian businessman and two Ukrainian politicians': both (a determiner or an amount \
after 'and' in a list of adjectives)" directed cze ukr sanction
check "'Britain's Foreign Office called the move meaningless': a dismissive word (meaningless, pointless, futile...)" \
    directed gbr rus criticize
check "'Mexican President Andres Manuel Lopez Obrador said on Tuesday he had paused relations with the U.S. and \
Canadian embassies': he is the president the gazetteer does not name (a title and a capitalised name after the \
state's adjective), and pausing relations reduces them (lexicon)" directed mex can reduce_relations
check "'South Africa recalled all its diplomats from Israel': relations reduced (lexicon)" directed zaf isr reduce_relations
check "'Guatemala's Congress declared Honduran President Rodrigo Alvarado Pineda persona non grata': the \
president's state (an office word before a person the gazetteer does not name)" directed gtm hnd reduce_relations
check "'Ethiopia denied it had any plans to invade its neighbour' after Eritrea's charge: the charge rejected (a \
denial opening a clause)" directed eth eri reject
check "'Cyprus and Greece agreed to push ahead with an undersea power cable ..., despite objections from Turkey': \
Turkey objects to both (lexicon 'objections from'; the clause before 'despite' is its object)" directed tur cyp criticize
check "'Bolivia severed diplomatic relations with Israel ..., while Chile and Colombia recalled their ambassadors': \
recalled from Israel (the cut before in the sentence names whom)" directed col isr reduce_relations
check "'Austria expelled four Russian diplomats ... Moscow promised to respond in kind': a vow of reprisal after an \
expulsion threatens the expeller" directed rus aut threaten
check "'A Belarusian court convicted a railway worker of spying for Estonia's intelligence service': Estonia is \
accused (lexicon 'convicted')" directed blr est accuse
check "... not held (the principal is no object of the conviction)" unstated blr est detain
check "'Kazakhstan will join the Abraham Accords ... Israel welcomed the move': the joiner is praised (gazetteer: \
Abraham Accords)" directed isr kaz praise
check "'staged joint air drills ..., a day after North Korea fired a hypersonic missile into the sea ... condemned the \
drills': the drills' three parties (a launch with no target named is no drill)" directed prk jpn criticize
check "'Mongolia gave Russian President Vladimir Putin a red-carpet welcome': no gift" unstated mng vladimir-putin aid
check "'Sweden will send JAS 39 Gripen fighter jets to Poland to help protect NATO's eastern flank': jets deployed \
(another's ground guarded after the recipient), not supplied" directed swe pol deploy
check "'Iran released French citizen Louis Arnaud': France's citizen freed (a singular detainee word)" directed irn fra release
check "'Kuwait handed over five Iraqi nationals wanted for terrorism to Iraq': persons returned (a detainee word after \
'handed over'), no supply" directed kwt irq release
check "... no supply" unstated kwt irq supply
check "'Serbia accused Croatia ..., prompting a sharp response from Zagreb, which called the remarks an insult': the \
accuser's remarks (words against the subject said before)" directed hrv srb criticize
check "'India hosted the Taliban government's foreign minister ... Pakistan criticised the visit': the guest's visit \
(a host relation names the visitor)" directed pak taliban criticize
check "'allowing troops to be deployed to Libya to support the U.N.-recognised government in Tripoli': the government is \
supported, not its recogniser (a compound with 'recognised', as with 'backed')" unstated tur un aid
check "'Nigeria's foreign minister said on Thursday Niger had accused Abuja ... of plotting with France': the reported \
clause's subject after 'said on Thursday' (a day is no title)" directed ner nga accuse
check "'..., and called the claims baseless': the minister's state rejects them" directed nga ner reject
check "'Serbian President Aleksandar Vucic said on Sunday his country had begun receiving Chinese FK-3 air defence \
systems': Serbia receives (his country: the state whose adjective qualifies the speaker)" directed chn srb supply
check "... not the person" unstated chn aleksandar-vucic supply
check "'ordered diplomats from Costa Rica, ..., the Dominican Republic and Uruguay to leave': an article in the list" directed ven ury reduce_relations
check "... and the Dominican Republic" directed ven dom reduce_relations
check "... and Costa Rica, the first of seven states in the list" directed ven cri reduce_relations
check "'Chad ... said it was ending with immediate effect the 2022 Doha peace agreement ..., accusing Sudan of arming the rebels': Chad accuses" directed tcd sdn accuse
check "... and Doha, the city naming the deal (past a year and 'peace'), accuses no one" unstated qat sdn accuse
check "'the use of water cannon by Chinese coast guard ships against an Indonesian survey vessel': coercion (lexicon; 'ships' before a preposition is the noun)" directed chn idn coerce
check "'Indonesia protested on Tuesday against the use of water cannon by Chinese ...': the act's author is protested" directed idn chn protest
check "'Kazakh police closed the offices of a Russian-funded television channel ..., a move that Moscow condemned': the sentence's opening actor moved (opening_mover)" directed rus kaz criticize
check "'Malaysia, which chairs ASEAN, urged both sides to cease fire and offered to mediate': the urger offers, not the pair (and_past_in)" directed mys khm mediate
check "... between both" directed mys tha mediate
check "... and the pair mediates nothing" bash -c '! grep -qP "^(khm\ttha|tha\tkhm)\tstated\tmediate\t" "$1"' _ "$TMP/out/edges.tsv"
check "'Kyrgyz troops detained three Tajik soldiers ... Dushanbe called for the immediate release of the soldiers': the detainer is asked" directed tjk kgz demand
check "'Iran's navy seized a Marshall Islands-flagged oil tanker ... Greece ... demanded the immediate release of the ship': the seizer is asked (rel_release_demand)" directed grc irn demand
check "'The Netherlands imposed new export controls on Chinese chipmakers ... China said it would take countermeasures': a vow of reprisal against the penalty's author (lexicon 'would take countermeasures')" directed chn nld threaten
check "'Saudi and American mediators urged Sudan's army and the RSF on Sunday to extend the humanitarian truce': the urged extend it, the urgers hold no truce (a day between the object and 'to')" bash -c '! grep -qP "^(sau\tusa|usa\tsau)\tstated\tceasefire\t" "$1"' _ "$TMP/out/edges.tsv"
check "'... urged Sudan's army and the RSF ..., as both sides accused each other': the pair after a possessive's noun, not the urgers" bash -c '! grep -qP "^(sau\tusa|usa\tsau)\tstated\taccuse\t" "$1"' _ "$TMP/out/edges.tsv"
check "'Latvia closed its last open road crossing with Russia': relations reduced (lexicon)" directed lva rus reduce_relations
check "'Lithuania closes border crossings with Belarus over balloons': the headline's present form reduces relations (lexicon)" directed ltu blr reduce_relations
check "'Guyana's foreign minister accused Venezuela of massing troops ... Venezuela denied any plan to invade its neighbour': a denial of the charge ('denied any')" directed ven guy reject
check "'Turkish jets struck ... near the Iraqi town of Zakho ... Iraq's foreign ministry ... warned that the strikes \
would not go unanswered': the speaker threatens the strikes' author (rel_unanswered_act)" directed irq tur threaten
check "'The United States ... vetoed an Algerian-drafted U.N. Security Council resolution': a veto rejects the drafter (lexicon, CAMEO 129)" directed usa dza reject
check "'Czech prosecutors charged four Russian military intelligence officers on Friday with conspiring to hack the computer systems of Czech ministries': the charged hack (a day before 'with', a gerund before the trigger)" claimed rus-armed-forces cze cyberattack 1
check "'The U.S. Justice Department charged five GRU officers with conspiring to hack Ukrainian government systems': the officers hack, not the charger (past an amount)" directed rus-gru ukr cyberattack
check "... no hacking by the Justice Department" unstated us-doj ukr cyberattack
check "'The FBI said ... that North Korea's Lazarus Group was responsible for the theft of \$1.5 billion': the reporter blames the group (a theft; past the possessive and the article before the name)" directed us-fbi lazarus-group accuse
check "'Georgia's foreign ministry said ... that Kyiv was slandering Tbilisi': a criticism, as Georgia reports it (lexicon: smear, slander, vilify)" directed ukr geo criticize
check "'Myanmar's military junta carried out an air strike on a village in the Sagaing region ... The United Nations and the European Union condemned the attack': the junta's strike on its own ground, a lone act the condemnation names" directed eu mmr criticize
check "... and the U.N." directed un mmr criticize
check "'India and Pakistan each released dozens of prisoners': each frees the other's (a release with 'each' is reciprocal; the prisoners after the verb)" directed ind pak release
check "... and Pakistan India's" directed pak ind release
check "'Lithuania will ban trucks registered in Belarus ... Belarus called the measure hostile and threatened to respond': a threat of reprisal against the penalty's author" directed blr ltu threaten
check "'Lithuania ... began Russian-language radio broadcasts ... Minsk called the broadcasts a provocation': the broadcaster is criticised (lexicon 'called the broadcasts', PRIOR_WORDS broadcasts)" directed blr ltu criticize
check "'Canada imposed sanctions on seven Israeli settlers ..., joining Britain and the United States': Canada joins them (a number word before the object, as '18' is), not Israel" directed can usa cooperate
check "... no cooperation of Israel with the United States" bash -c '! grep -qP "^(isr\tusa|usa\tisr)\tstated\tcooperate\t" "$1"' _ "$TMP/out/edges.tsv"
