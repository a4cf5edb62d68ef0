import gzip,json,collections,re,datetime,math,random
arts=[json.loads(l) for l in gzip.open('/work/shared/data/fang-covid/fang-covid-de-20k.jsonl.gz','rt')]
byid={a['id']:a for a in arts}
W=re.compile(r"[A-ZÄÖÜ][\wäöüß-]{3,}")
def day(a):
    p=a.get('published') or ''
    try: return datetime.date.fromisoformat(p[:10]).toordinal()
    except: return None
df=collections.Counter()
feat={}
for a in arts:
    t=set(W.findall(a['title'] or ''))
    b=set(W.findall((a['text'] or '')[:1500]))
    feat[a['id']]=(t,b)
    for w in t|b: df[w]+=1
# index rare words by word -> ids
idx=collections.defaultdict(list)
for a in arts:
    t,b=feat[a['id']]
    for w in t|b:
        if df[w]<=40: idx[w].append(a['id'])
pairs={}
for w,ids in idx.items():
    if len(ids)<2: continue
    for i in range(len(ids)):
        for j in range(i+1,len(ids)):
            x,y=byid[ids[i]],byid[ids[j]]
            if x['outlet']==y['outlet']: continue
            dx,dy=day(x),day(y)
            if dx is None or dy is None or abs(dx-dy)>3: continue
            k=tuple(sorted((x['id'],y['id'])))
            tx,bx=feat[x['id']];ty,by=feat[y['id']]
            s=(3 if w in tx and w in ty else 1)*math.log(40/df[w]+1)
            pairs[k]=pairs.get(k,0)+s
json.dump({'|'.join(k):v for k,v in pairs.items() if v>=4},open('pairs.json','w'))
print(len(pairs),sum(1 for v in pairs.values() if v>=4))
