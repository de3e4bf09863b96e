"""The report rules of annotations/GUIDELINES.md: what the trained components found, read as the
guidelines read it, over a whole report.

Each rule is a small function of a fact (a dict, offsets into the normalised text) and its words, or of
the whole text for counts stated by a fixed construction the scorer is unsure of. One module a part of
the report:

- :mod:`.base`: the clause before a quantity, listed items, stated facts, the channels a clause names;
- :mod:`.proactive`: channels and the headline, running totals, the gazette, boards and accounts;
- :mod:`.requests`: what is no request, counts handled, outcomes and their reasons, ways of requesting
  and of consulting;
- :mod:`.cases`: reviews and lawsuits and their outcomes;
- :mod:`.zeros`: negations that state no zero, 零, fees;
- :mod:`.capacity`: staff, the head at press conferences, responses by way, training and the people trained;
- :mod:`.documents`: the 第二十条 table and the 统计表 as prose, kinds of documents, decisions;
- :mod:`.scopes`: values by level, measured parts, one value per indicator.

:func:`gaoie.pipeline.facts.prose_facts` applies them in order.
"""
