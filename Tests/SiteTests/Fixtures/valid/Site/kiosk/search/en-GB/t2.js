signpostSearch.piece(2,[
["4xh",1,[6,1]]]);
