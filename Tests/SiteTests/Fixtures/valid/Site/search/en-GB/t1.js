signpostSearch.piece(1,[
["12",1,[0,1]]]);
