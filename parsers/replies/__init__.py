"""Replies: the new text without quotes or signature, and the commands in it.

What a reply sentence is made of, for the reader (reader.py puts the parts together, one sentence at a time):
- a reference (references.py): an item number (第2项 / 第（二）项 / ② / #2 / item 2 / Punkt 2 / 2番), an ordinal line
  ('1. 已完成'), bare numbers before a command ('1和3都完成了'), an inline position (the answer under a quoted row:
  inline.py), or the task in the writer's own words (naming.py, matched by the core against the sender's open
  items); or none, when the sender has one open item;
- a command word (words.py; the other languages' in lexicon.py, chat and dialect in colloquial.py): confirm (确认,
  没问题, fine with #2), object (有异议, not mine), done, progress, extend (延期, push … to, 'Can item 2 slip?'), a
  question (asks: no command but a request to extend; '要不要延期？' asks an opinion, no request), a courtesy (谢谢,
  'Thanks all, looks good': no command);
- the object's state, which makes a done: perfective (弄好了, 办妥了, 发过去了: verb + result or direction complement
  + 了; 已同步给客户: handed to someone), passive or past ('is sent', 'I've sent', 'Sent it over', 'went out', 'habe …
  verschickt'), a finished state ending the clause after its subject ('is sorted', 'is out', 'is live', 'ist raus');
  a plan, negation or modal before it (明天, 还没, will, sollte … sein, noch nicht) cancels it;
- an amount (percents.py): a percent, fraction or 成 that says where the work stands (进度80%, 八成了, '90% there',
  '报价单80%吧', 'zu 80% fertig'), unless it measures something else (良率提升3%, 20% off);
- a date (asked_date.py, named_date.py, spans.py): the new due date of an extension, in any of the team's languages.
"""
