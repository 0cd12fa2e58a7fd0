from torquec.cli import main

main()
