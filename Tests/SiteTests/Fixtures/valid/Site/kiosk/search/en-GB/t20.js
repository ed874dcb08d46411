signpostSearch.piece(20,[
["quickly",1,[6,1]]]);
