#!/usr/bin/env python3
"""Candidate miner for the discrepancy labels (recipe in README.md): running counts stated for an
explicit reference day by different outlets, and nearly the same sentence dated differently.
Prints candidates with their context for reading; it never decides a label.
Usage: mine.py CORPUS counts|national|protest"""
import gzip, json, re, sys, datetime, hashlib, collections

CORPUS = sys.argv[1] if len(sys.argv) > 1 else '../shared/data/fang-covid/fang-covid-de-20k.jsonl.gz'
MODE = sys.argv[2] if len(sys.argv) > 2 else 'counts'

WEEKDAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag']
WD = re.compile(r'\b(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)(?:abend|morgen|nachmittag|mittag|vormittag)?\b')
MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember']
DOM = re.compile(r'\b(\d{1,2})\.\s*(' + '|'.join(MONTHS) + r')\b')
NUM = r'(?:\d{1,3}(?:[.\u00a0 ]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?:\s*(?:Millionen|Million|Mio\.?|Tausend))?'
CLASSES = {
    'cases': r'(?:Corona-)?(?:Neuinfektionen|Neuansteckungen|neue[n]? (?:Corona-)?(?:Fälle|Infektionen)|Infektionsfälle|Coronafälle|Corona-Fälle|Fälle|Infizierte|Infektionen)',
    'deaths': r'(?:Todesfälle|Tote|Todesopfer|Verstorbene|weitere Tote|Corona-Tote)',
    'incidence': r'(?:Inzidenz|Sieben-Tage-Inzidenz|7-Tage-Inzidenz|Neuinfektionen (?:je|pro) 100\.000)',
    'vaccinations': r'(?:Impfungen|Impfdosen|Erstimpfungen|Menschen geimpft|Personen geimpft|Dosen)',
    'deaths_people': r'(?:Menschen|Personen|Patienten|Infizierte)(?=[^.;]{0,80}(?:gestorben|verstorben|ums Leben))',
    'cases_people': r'(?:Menschen|Personen)(?=[^.;]{0,80}infiziert)',
    'protest': r'(?:Teilnehmer|Teilnehmende|Demonstranten|Menschen|Personen|Protestierende)',
}
FIG = {k: re.compile(r'(?<![\w.,-])((?:mehr als|über|rund|etwa|knapp|fast|gut|mindestens|insgesamt) )?(' + NUM + r')\s+(?:\w+\s+){0,2}?' + v + r'\b') for k, v in CLASSES.items()}
INC = re.compile(r'(?:Inzidenz|Inzidenzwert)[^.;]{0,60}?(?:bei|auf|von)\s+(\d+(?:,\d+)?)')
CITY = re.compile(r'\b(Berlin|Leipzig|Stuttgart|München|Hamburg|Frankfurt|Dresden|Kassel|Köln|Düsseldorf|Hannover|Konstanz|Nürnberg|Bremen|Wien|Zürich|London|Paris|Minsk|Washington|Warschau|Magdeburg|Erfurt|Chemnitz|Mainz|Karlsruhe)\b')
PROTEST_CUE = re.compile(r'demonstr|Demo|Kundgebung|Protest|Versammlung|Querdenk', re.I)
SENT = re.compile(r'(?<=[.!?])["“”»«]?\s+(?=[A-ZÄÖÜ„"»])|\n+')
TOTAL = re.compile(r'insgesamt|Gesamtzahl|seit Beginn|seit Ausbruch|nachweislich|bislang|bisher|mindestens|Summe|kumuliert', re.I)
NEW = re.compile(r'binnen|innerhalb|neue|Neuinf|Neuansteck|seit dem Vortag|mehr als am Vortag|weitere', re.I)
NATIONAL = re.compile(r'Robert[- ]Koch|RKI|bundesweit|in Deutschland|deutschlandweit|Johns[- ]Hopkins')
OTHER_REGION = re.compile(r'\b(Bayern|Berlin|Hamburg|Sachsen|Thüringen|Brandenburg|Hessen|Niedersachsen|Bremen|Nordrhein|NRW|Baden|Württemberg|Rheinland|Saarland|Schleswig|Mecklenburg|Landkreis|Stadt|Kreis|Österreich|Schweiz|Frankreich|Italien|Spanien|USA|Vereinigte|Großbritannien|Tschechien|Polen|weltweit|Welt)\w*')
STOP = set('der die das den dem des ein eine einen einem einer eines und oder aber auch noch nicht mit von vom zum zur für auf aus bei nach vor über unter sich sie ihr ist sind war waren wird werden wurde wurden hat haben hatte hatten dass wie als am im in an es zu um so seit bis laut rund etwa mehr'.split())

def stems(s):
    return {w.lower()[:6] for w in re.findall(r'[A-Za-zÄÖÜäöüß][\wÄÖÜäöüß-]+', s) if len(w) > 2 and w.lower() not in STOP}

def val(s):
    s = s.strip()
    m = re.match(r'([\d.,\u00a0 ]+)\s*(Millionen|Million|Mio\.?|Tausend)?', s)
    d = re.sub(r'[.\u00a0 ]', '', m.group(1)).replace(',', '.')
    try:
        v = float(d)
    except ValueError:
        return None
    if m.group(2):
        v *= 1e3 if m.group(2) == 'Tausend' else 1e6
    return v

def refday(sent, pub):
    """Explicit reference day of a sentence: a day of the month, or a weekday resolved against
    the publication date (last such day on or before it). None when the sentence names none or
    several."""
    days = set()
    for m in DOM.finditer(sent):
        try:
            days.add(datetime.date(pub.year if MONTHS.index(m.group(2)) + 1 <= pub.month + 1 else pub.year - 1, MONTHS.index(m.group(2)) + 1, int(m.group(1))))
        except ValueError:
            pass
    for m in WD.finditer(sent):
        w = 'Samstag' if m.group(1) == 'Sonnabend' else m.group(1)
        days.add(pub - datetime.timedelta(days=(pub.weekday() - WEEKDAYS.index(w)) % 7))
    return days.pop() if len(days) == 1 else None

TEXTS = {}

def ctx(it):
    t = TEXTS[it['id']]
    return (t[max(0, it['start'] - 250):it['start']] + '[[' + t[it['start']:it['end']] + ']]' + t[it['end']:it['end'] + 150]).replace('\n', ' ')

def main():
    items = []
    for line in gzip.open(CORPUS, 'rt', encoding='utf-8'):
        a = json.loads(line)
        p = a.get('published') or ''
        try:
            pub = datetime.date.fromisoformat(p[:10])
        except ValueError:
            continue
        text = a['text']
        TEXTS[a['id']] = text
        pos = 0
        for s in SENT.split(text):
            start = text.find(s, pos)
            pos = start + len(s)
            if len(s) > 400:
                continue
            ref = refday(s, pub)
            if MODE == 'protest':
                city = CITY.search(s) or CITY.search(a['title'] + ' ' + text[:300])
                if ref is None:
                    ref = refday(a['title'] + ' ' + text[:300], pub)
                if not city or not PROTEST_CUE.search(s) or ref is None or (pub - ref).days > 4:
                    continue
                ref = city.group(1) + ' ' + str(ref)
            elif ref is None and MODE == 'national' and WD.search(s) is None and DOM.search(s) is None:
                ref = 'published ' + str(pub)  # no day named: the publication day, same-day pairs only
            elif ref is None or (pub - ref).days > 3:
                continue
            for cls, rx in FIG.items():
                if MODE == 'protest' and cls != 'protest':
                    continue
                if cls == 'protest' and not PROTEST_CUE.search(s):
                    continue
                ms = list(rx.finditer(s))
                if cls == 'incidence':
                    ms = list(INC.finditer(s))
                for m in ms:
                    g = m.group(2) if cls != 'incidence' else m.group(1)
                    gs = m.start(2) if cls != 'incidence' else m.start(1)
                    v = val(g)
                    if v is None or (cls != 'incidence' and v < 2):
                        continue
                    c = cls
                    if cls in ('cases', 'cases_people', 'deaths', 'deaths_people'):
                        c = cls.split('_')[0]
                        window = s[max(0, m.start() - 60):m.end() + 40]
                        c += '_total' if TOTAL.search(window) else ('_new' if NEW.search(window) else '_?')
                    items.append(dict(id=a['id'], outlet=a['outlet'], pub=p, cls=c, ref=ref,
                                      start=start + m.start(), end=start + m.end(), val=v,
                                      span=m.group(0), sent=s, stems=stems(s)))
    by = collections.defaultdict(list)
    for it in items:
        by[(it['cls'], it['ref'])].append(it)
    seen = set()
    out = []
    for (cls, ref), group in by.items():
        for i in range(len(group)):
            for j in range(i + 1, len(group)):
                x, y = group[i], group[j]
                if x['outlet'] == y['outlet'] or x['id'] == y['id']:
                    continue
                sh = len(x['stems'] & y['stems'])
                sim = sh / max(1, min(len(x['stems']), len(y['stems'])))
                nat = NATIONAL.search(x['sent']) and NATIONAL.search(y['sent']) \
                    and not OTHER_REGION.search(x['sent']) and not OTHER_REGION.search(y['sent'])
                if (sim < 0.35 or sh < 3) and not (MODE == 'national' and nat) and MODE != 'protest':
                    continue
                if MODE == 'national' and not nat:
                    continue
                k = (x['id'], x['start'], y['id'], y['start'])
                if k in seen:
                    continue
                seen.add(k)
                out.append((sim, cls, ref, x, y))
    out.sort(key=lambda t: (-t[0]))
    for sim, cls, ref, x, y in out:
        same = abs(x['val'] - y['val']) <= 0.001 * max(x['val'], y['val'])
        print('\t'.join(['?', x['id'], str(x['start']), str(x['end']), x['span'], y['id'], str(y['start']), str(y['end']), y['span'],
                         cls, str(ref), 'same' if same else 'diff', '%.2f' % sim]))
        print('#A', x['outlet'], x['pub'], ctx(x))
        print('#B', y['outlet'], y['pub'], ctx(y))

main()
