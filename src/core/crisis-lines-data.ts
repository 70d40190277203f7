/**
 * The crisis lines Headway knows, country by country (docs/CRISIS-LINES.md lists the pages each
 * was checked against). `sourceUrl` is the service's own site or a government or health-service
 * page a person can open to see the number is still right; `lastVerified` is the day the
 * number was last checked. Only national lines whose number was confirmed are listed; the
 * order within a country is the order they are offered in, after the emergency number.
 */
import type { CrisisLine } from './crisis-lines.js';

/** Checked for issue 6 (the first six countries and the EU). */
const NOV = '2026-11-20';
/** Checked for issue 11. */
const DEC = '2026-12-08';
const EU_112 = 'https://www.112.hu/en/112_in_the_EU';

type Line = Omit<CrisisLine, 'country' | 'lastVerified' | 'emergency'> & { emergency?: true; checked?: string };

function country(code: string, lines: Line[]): CrisisLine[] {
  return lines.map(({ emergency, checked, ...l }) => ({ country: code, ...l, emergency: emergency === true, lastVerified: checked ?? DEC }));
}

const emergency = (contact: string, tel: string, sourceUrl: string, checked = DEC): Line => ({
  service: 'Emergency services',
  contact,
  tel,
  sms: null,
  hours: '24/7',
  emergency: true,
  sourceUrl,
  checked,
});

export const CRISIS_LINE_DATA: readonly CrisisLine[] = [
  ...country('US', [
    { service: '988 Suicide & Crisis Lifeline', contact: 'Call or text 988, or chat at 988lifeline.org', tel: '988', sms: { number: '988', body: null }, hours: '24/7', sourceUrl: 'https://www.mhn.com/members/news/988_Introduction.html', checked: NOV },
    { service: 'Crisis Text Line', contact: 'Text HOME to 741741', tel: null, sms: { number: '741741', body: 'HOME' }, hours: '24/7', sourceUrl: 'https://internationalmentalhealth.org/resources/', checked: NOV },
    emergency('Call 911', '911', 'https://internationalmentalhealth.org/resources/', NOV),
  ]),
  ...country('CA', [
    { service: '9-8-8 Suicide Crisis Helpline', contact: 'Call or text 988 (English and French)', tel: '988', sms: { number: '988', body: null }, hours: '24/7', sourceUrl: 'https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html', checked: NOV },
    emergency('Call 911', '911', 'https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html', NOV),
  ]),
  ...country('GB', [
    { service: 'Samaritans', contact: 'Call 116 123 free, or email jo@samaritans.org', tel: '116123', sms: null, hours: '24/7', sourceUrl: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/', checked: NOV },
    { service: 'Shout', contact: 'Text 85258', tel: null, sms: { number: '85258', body: null }, hours: '24/7', sourceUrl: 'https://www.crisistextline.uk/how-it-works/', checked: NOV },
    { service: 'NHS 111, mental health option (England)', contact: 'Call 111 and choose option 2', tel: '111', sms: null, hours: '24/7', sourceUrl: 'https://www.tewv.nhs.uk/?p=26449', checked: NOV },
    emergency('Call 999 or go to A&E', '999', 'https://www.norwoodmc.co.uk/2024/08/14/nhs-111-option-2-for-crisis-mental-health-support/', NOV),
  ]),
  ...country('IE', [
    { service: 'Samaritans', contact: 'Call 116 123 free', tel: '116123', sms: null, hours: '24/7', sourceUrl: 'http://www.newstalk.com/reader/47.301/69999/0/', checked: NOV },
    { service: 'Pieta', contact: 'Call 1800 247 247 free', tel: '1800247247', sms: null, hours: '24/7', sourceUrl: 'https://avondhupress.ie/having-someone-to-talk-to-in-the-middle-of-the-night-actually-keeps-you-alive/', checked: NOV },
    { service: '50808 text service', contact: 'Text TALK to 50808', tel: null, sms: { number: '50808', body: 'TALK' }, hours: '24/7', sourceUrl: 'https://todayfm.com/news/247-mental-health-text-support-service-officially-launched-1031466', checked: NOV },
    emergency('Call 112 or 999', '112', EU_112),
  ]),
  ...country('AU', [
    { service: 'Lifeline', contact: 'Call 13 11 14, text 0477 13 11 14, or chat online', tel: '131114', sms: { number: '0477131114', body: null }, hours: '24/7', sourceUrl: 'https://lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-24-7', checked: NOV },
    emergency('Call 000', '000', 'https://lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-24-7', NOV),
  ]),
  ...country('NZ', [
    { service: '1737 Need to talk?', contact: 'Call or text 1737 free', tel: '1737', sms: { number: '1737', body: null }, hours: '24/7', sourceUrl: 'https://www.pegasus.health.nz/?p=6300', checked: NOV },
    { service: 'Lifeline Aotearoa', contact: 'Call 0800 543 354 or text HELP to 4357', tel: '0800543354', sms: { number: '4357', body: 'HELP' }, hours: null, sourceUrl: 'https://nzfamilies.org.nz/?p=1578', checked: NOV },
    { service: 'Suicide Crisis Helpline', contact: 'Call 0508 828 865 (0508 TAUTOKO)', tel: '0508828865', sms: null, hours: null, sourceUrl: 'https://nzfamilies.org.nz/?p=1578', checked: NOV },
    emergency('Call 111', '111', 'https://www.pegasus.health.nz/?p=6300', NOV),
  ]),
  ...country('DE', [
    { service: 'TelefonSeelsorge', contact: 'Call 0800 111 0 111, 0800 111 0 222 or 116 123 free, or chat at telefonseelsorge.de', tel: '08001110111', sms: null, hours: '24/7', sourceUrl: 'https://www.telefonseelsorge.de/' },
    emergency('Call 112', '112', EU_112),
  ]),
  ...country('AT', [
    { service: 'TelefonSeelsorge', contact: 'Call 142 free from any phone', tel: '142', sms: null, hours: '24/7', sourceUrl: 'https://www.ots.at/presseaussendung/OTM_20230425_OTM0006/telefonseelsorge-seit-25-jahren-amtlicher-notruf-fuer-die-seele' },
    emergency('Call 144 for an ambulance, or 112', '144', 'https://burgenland.orf.at/stories/3027145/'),
  ]),
  ...country('CH', [
    { service: 'Die Dargebotene Hand / La Main Tendue / Telefono Amico', contact: 'Call 143, or write at 143.ch', tel: '143', sms: null, hours: '24/7', sourceUrl: 'https://www.143.ch/' },
    emergency('Call 144 for an ambulance, or 112', '144', EU_112),
  ]),
  ...country('FR', [
    { service: '3114, national suicide prevention line', contact: 'Call 3114 free', tel: '3114', sms: null, hours: '24/7', sourceUrl: 'https://3114.fr/que-se-passe-t-il-quand-je-contacte-le-3114/' },
    emergency('Call 112, or 15 for urgent medical help (SAMU)', '112', EU_112),
  ]),
  ...country('BE', [
    { service: 'Zelfmoordlijn 1813 (in Dutch)', contact: 'Call 1813 free, or chat at zelfmoord1813.be', tel: '1813', sms: null, hours: '24/7', sourceUrl: 'https://www.zelfmoord1813.be/' },
    emergency('Call 112', '112', EU_112),
  ]),
  ...country('NL', [
    { service: '113 Zelfmoordpreventie', contact: 'Call 113 or 0800 0113 free, or chat at 113.nl', tel: '113', sms: null, hours: '24/7', sourceUrl: 'https://www.113.nl/' },
    emergency('Call 112', '112', EU_112),
  ]),
  ...country('ES', [
    { service: 'Línea 024 (suicidal thoughts)', contact: 'Call 024 free', tel: '024', sms: null, hours: '24/7', sourceUrl: 'https://www.rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion-suicidio/2347183.shtml' },
    { service: 'Teléfono de la Esperanza', contact: 'Call 717 003 717', tel: '717003717', sms: null, hours: null, sourceUrl: 'https://telefonodelaesperanza.org/' },
    emergency('Call 112', '112', EU_112),
  ]),
  ...country('PT', [
    { service: 'SNS 24 psychological counselling', contact: 'Call 808 24 24 24 and choose option 4', tel: '808242424', sms: null, hours: '24/7', sourceUrl: 'https://www.sns24.gov.pt/en/servico/aconselhamento-psicologico-no-sns-24/' },
    emergency('Call 112', '112', EU_112),
  ]),
  ...country('IT', [
    { service: 'Telefono Amico Italia', contact: 'Call 02 2327 2327, or write on WhatsApp Amico', tel: '0223272327', sms: null, hours: '10:00 to midnight every day', sourceUrl: 'https://www.telefonoamico.it/' },
    emergency('Call 112', '112', EU_112),
  ]),
  ...country('SE', [
    { service: 'Självmordslinjen (Mind)', contact: 'Call 90101, or chat at mind.se', tel: '90101', sms: null, hours: '24/7', sourceUrl: 'https://mind.se/hitta-hjalp/sjalvmordslinjen/' },
    emergency('Call 112', '112', EU_112),
  ]),
  ...country('NO', [
    { service: 'Mental Helse Hjelpetelefonen', contact: 'Call 116 123 free, or chat at sidetmedord.no', tel: '116123', sms: null, hours: '24/7', sourceUrl: 'https://mentalhelse.no/' },
    { service: 'Kirkens SOS', contact: 'Call 22 40 00 40, or chat at soschat.no', tel: '22400040', sms: null, hours: '24/7', sourceUrl: 'https://www.kirkens-sos.no/' },
    emergency('Call 113 for urgent medical help (112 is the police)', '113', 'https://www.nrk.no/osloogviken/over-100-barn-under-ni-ar-har-tatt-kontakt-_-hjelpetelefoner-slar-alarm-1.15736352'),
  ]),
  ...country('DK', [
    { service: 'Livslinien', contact: 'Call 70 201 201, or write at livslinien.dk', tel: '70201201', sms: null, hours: null, sourceUrl: 'https://www.livslinien.dk/' },
    emergency('Call 112', '112', EU_112),
  ]),
  ...country('FI', [
    { service: 'MIELI Crisis Helpline', contact: 'Call 09 2525 0111 (in Finnish); Swedish 09 2525 0112', tel: '0925250111', sms: null, hours: '24/7 in Finnish', sourceUrl: 'https://mieli.fi/helpline' },
    emergency('Call 112', '112', EU_112),
  ]),
  ...country('PL', [
    { service: 'Centrum Wsparcia (adults in crisis)', contact: 'Call 800 70 2222 free', tel: '800702222', sms: null, hours: '24/7', sourceUrl: 'https://centrumwsparcia.pl/' },
    emergency('Call 112', '112', EU_112),
  ]),
  ...country('CZ', [
    { service: 'Linka první psychické pomoci', contact: 'Call 116 123 free', tel: '116123', sms: null, hours: null, sourceUrl: 'https://www.irozhlas.cz/zpravy-domov/bezplatna-linka-psychicke-pomoci-omezuje-provoz-prosinec-je-pritom_2412080600_job' },
    emergency('Call 155 for an ambulance, or 112', '155', EU_112),
  ]),
  ...country('JP', [
    { service: 'Yorisoi Hotline', contact: 'Call 0120 279 338 free (other languages available)', tel: '0120279338', sms: null, hours: '24/7', sourceUrl: 'https://www.mhlw.go.jp/mamorouyokokoro/' },
    emergency('Call 119 for an ambulance (110 is the police)', '119', 'http://www.city.sapporo.jp/city/english/emergency/119.html'),
  ]),
  ...country('KR', [
    { service: 'Suicide prevention line 109', contact: 'Call 109', tel: '109', sms: null, hours: '24/7', sourceUrl: 'https://eiec.kdi.re.kr/policy/materialView.do?num=246730' },
    emergency('Call 119 for an ambulance (112 is the police)', '119', 'https://eiec.kdi.re.kr/policy/materialView.do?num=246730'),
  ]),
  ...country('IN', [
    { service: 'Tele-MANAS', contact: 'Call 14416 or 1800 891 4416 free, in your language', tel: '14416', sms: null, hours: '24/7', sourceUrl: 'https://telemanas.mohfw.gov.in/' },
    emergency('Call 112', '112', 'https://www.lokmattimes.com/technology/over-29-lakh-phone-calls-handled-by-tele-manas-cells-savitri-thakur-2/'),
  ]),
  ...country('SG', [
    { service: 'Samaritans of Singapore (SOS)', contact: 'Call 1767, or WhatsApp 9151 1767 (CareText)', tel: '1767', sms: null, hours: '24/7', sourceUrl: 'https://www.sos.org.sg/' },
    emergency('Call 995 for an ambulance (999 is the police)', '995', 'https://www.scdf.gov.sg/home/about-us/information-on-ems/scdf-emergency-medical-services'),
  ]),
  ...country('ZA', [
    { service: 'SADAG Suicide Crisis Helpline', contact: 'Call 0800 567 567 free, or SMS 31393 and a counsellor calls back', tel: '0800567567', sms: { number: '31393', body: null }, hours: '24/7', sourceUrl: 'https://www.sadag.org/' },
    emergency('Call 112 from a mobile, or 10177 for an ambulance', '112', 'https://mybroadband.co.za/news/telecoms/568418-south-africa-could-say-goodbye-to-10111-and-other-emergency-numbers.html'),
  ]),
  ...country('BR', [
    { service: 'CVV (Centro de Valorização da Vida)', contact: 'Call 188 free, or chat at cvv.org.br', tel: '188', sms: null, hours: '24/7', sourceUrl: 'https://cvv.org.br/' },
    emergency('Call 192 for an ambulance (SAMU)', '192', 'https://www.gov.br/saude/pt-br/campanhas-da-saude/2025/samu-192'),
  ]),
  ...country('MX', [
    { service: 'Línea de la Vida', contact: 'Call 800 911 2000 free', tel: '8009112000', sms: null, hours: '24/7', sourceUrl: 'https://www.eluniversal.com.mx/nacion/promueven-la-linea-de-la-vida-tras-presentar-encuesta-sobre-consumo-de-drogas-asi-puedes-pedir-ayuda/' },
    emergency('Call 911', '911', 'https://newsweekespanol.com/?p=385813'),
  ]),
  ...country('AR', [
    { service: 'Línea de salud mental (Ministerio de Salud)', contact: 'Call 0800 999 0091 free', tel: '08009990091', sms: null, hours: '24/7', sourceUrl: 'https://www.ospia.org.ar/?p=1635' },
    { service: 'Centro de Asistencia al Suicida', contact: 'Call 135 free (Buenos Aires and Greater Buenos Aires), or 011 5275 1135 from the rest of the country', tel: '135', sms: null, hours: null, sourceUrl: 'https://lapostacomodorense.com.ar/2025/09/03/septiembre-mes-de-la-prevencion-del-suicidio-la-importancia-de-escuchar-acompanar-y-abrazar/' },
    emergency('Call 107 for an ambulance, or 911', '107', 'https://www.lagaceta.com.ar/nota/1102321/lg-play/nunca-hay-minimizar-pedidos-ayuda-especialista-explico-como-funciona-linea-asistencia-al-suicidio.html'),
  ]),
  ...country('EU', [
    { service: 'Emotional-support helpline', contact: 'Call 116 123 (who answers varies by country)', tel: '116123', sms: null, hours: null, sourceUrl: 'http://www.newstalk.com/reader/47.301/69999/0/', checked: NOV },
    emergency('Call 112', '112', EU_112),
  ]),
];

/**
 * For a country Headway has no list for: the local emergency number, and a directory of
 * helplines the person can choose to open. 112 reaches emergency services from mobile
 * phones across the EU and in many other countries, but not in every one, so the local
 * number comes first in the words.
 */
export const FALLBACK_LINE_DATA: readonly Omit<CrisisLine, 'country'>[] = [
  {
    service: 'Emergency services',
    contact: 'Call your local emergency number. From a mobile phone, 112 works across the EU and in many other countries, but not everywhere',
    tel: '112',
    sms: null,
    hours: '24/7',
    emergency: true,
    sourceUrl: EU_112,
    lastVerified: DEC,
  },
  {
    service: 'Find A Helpline (international directory)',
    contact: 'Free, confidential helplines in many countries are listed at findahelpline.com',
    tel: null,
    sms: null,
    hours: null,
    emergency: false,
    sourceUrl: 'https://findahelpline.com/',
    lastVerified: DEC,
  },
];
