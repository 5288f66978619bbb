#include "AppInfo.h"
#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppInfo::initialize();
    return Cli::run(QCoreApplication::arguments());
}
