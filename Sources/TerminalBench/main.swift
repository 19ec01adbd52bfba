print("TerminalBench: not yet")
