signpostSearch.piece(14,[
["know",1,[1,1]]]);
