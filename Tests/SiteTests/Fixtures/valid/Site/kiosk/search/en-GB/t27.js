signpostSearch.piece(27,[
["zz1",1,[6,1]]]);
