signpostSearch.piece(9,[
["easy",1,[3,3]],
["email",1,[2,1]],
["emergency",1,[4,22]],
["evening",1,[5,6]],
["example",2,[2,1,1,1]],
["explain",1,[6,1]]]);
