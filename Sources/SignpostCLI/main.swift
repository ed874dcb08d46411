print("signpost")
