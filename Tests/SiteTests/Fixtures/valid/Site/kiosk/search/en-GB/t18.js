signpostSearch.piece(18,[
["office",1,[1,1]],
["on",1,[1,1]],
["out",2,[1,4,5,1]]]);
