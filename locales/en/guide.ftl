# `storydeck guide`: the list of topics, and a topic that does not exist.
guide-index-heading = The guide's topics (storydeck guide <topic>):
guide-index-footer = For example: storydeck guide story (the whole story format), storydeck guide typing
guide-no-topic = the guide has no topic `{ $topic }`
guide-did-you-mean = did you mean `{ $topic }`?
guide-list-hint = `storydeck guide` lists the topics
