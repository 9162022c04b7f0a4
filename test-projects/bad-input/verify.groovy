evaluate(new File(compareScript))
