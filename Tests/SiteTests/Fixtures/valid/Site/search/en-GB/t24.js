signpostSearch.piece(24,[
["uk",1,[2,1]],
["urdu",1,[6,1]],
["urgent",2,[0,1,4,4]],
["us",3,[0,7,1,6,2,3]]]);
