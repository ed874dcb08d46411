signpostSearch.piece(1,[
["12",1,[0,1]],
["18001",1,[4,1]]]);
