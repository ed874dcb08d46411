signpostSearch.piece(11,[
["getting",1,[1,4]],
["ground",2,[1,1,5,1]],
["guide",1,[3,1]]]);
