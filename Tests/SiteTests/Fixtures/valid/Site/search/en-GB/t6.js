signpostSearch.piece(6,[
["building",1,[6,1]]]);
