import WorkshopCLI

// All behaviour lives in WorkshopCLI; this file only starts it.
Workshop.start()
