signpostSearch.piece(18,[
["office",1,[1,1]],
["on",2,[1,1,3,1]],
["or",1,[4,1]],
["out",2,[1,4,5,1]]]);
