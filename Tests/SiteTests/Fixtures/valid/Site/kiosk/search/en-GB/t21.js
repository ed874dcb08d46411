signpostSearch.piece(21,[
["raising",2,[0,1,1,12]],
["read",1,[3,3]],
["relay",1,[4,2]],
["report",1,[2,6]],
["reporting",1,[2,4]],
["right",1,[1,6]]]);
