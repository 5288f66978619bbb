#include "ui/common/GuiApplication.h"

int main(int argc, char *argv[])
{
    return GuiApplication::run(argc, argv);
}
